// noaber-bench: speed and memory figures, run in release mode (`swift run -c release noaber-bench NAME`).
// One case per benchmark; each prints its own figures. Without a name, all run in turn.
let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "all"
let rest = Array(arguments.dropFirst())

// Keep one case per line, alphabetical, so parallel additions merge cleanly.
let benchmarks: [(String, ([String]) async throws -> Void)] = [
    ("engine", EngineBenchmark.run),
    ("export", ExportBenchmark.run),
    ("rank", RankBenchmark.run),
    ("scenario", ScenarioBenchmark.run),
    ("session", SessionBenchmark.run),
    ("session-xml", SessionXMLBenchmark.run),
    ("store", StoreBenchmark.run),
    ("xml", XMLBenchmark.run),
]

var ran = false
for (benchmarkName, run) in benchmarks where name == "all" || name == benchmarkName {
    print("== \(benchmarkName)")
    try await run(rest)
    ran = true
}
if !ran {
    print("onbekende benchmark '\(name)'; kies uit: all, " + benchmarks.map(\.0).joined(separator: ", "))
}
