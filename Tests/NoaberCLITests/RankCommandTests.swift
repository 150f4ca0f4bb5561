import Foundation
import NoaberTestSupport
import Testing

/// `noaber rank` through the binary: exit codes and the messages a griffier sees for a paper round.
@Suite struct RankCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "noaber-rank")
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = directory.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func jsonBallotsGiveTheDocumentedShape() throws {
        let file = try write(
            #"{"candidates": ["A", "B", "C"], "ballots": [["A", "B", "C"], ["B", "A"], ["A", "C", "B"]]}"#,
            "ronde.json")
        let result = try NoaberProcess.run(["rank", file, "--json"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["n_voters"] as? Int == 3)
        let methods = try #require(json["methods"] as? [String: Any])
        #expect(
            Set(methods.keys) == ["borda", "copeland", "schulze", "kemeny_young", "plurality", "instant_runoff"])
        let kemeny = try #require(methods["kemeny_young"] as? [String: Any])
        #expect(kemeny["distance"] as? Int == 2)
        #expect(json["ballot_distances_to_kemeny"] as? [Int] == [0, 1, 1])
    }

    @Test func csvWithANameTwiceIsRefusedWithItsRow() throws {
        let file = try write("A,B\nB,A,A\n", "papier.csv")
        let result = try NoaberProcess.run(["rank", file])
        #expect(result.status == 2)
        #expect(result.standardError == "\(file):2: fout: stembiljet 2: \"A\" staat er twee keer op\n")
    }

    @Test func anUnknownCandidateIsRefused() throws {
        let file = try write(#"{"candidates": ["A", "B"], "ballots": [["A", "X"]]}"#, "onbekend.json")
        let result = try NoaberProcess.run(["rank", file])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\"X\""))
        #expect(result.standardOutput.isEmpty)
    }
}

/// The reason a file cannot be read is Dutch, not Foundation's English.
@Suite struct RankUnreadableFileTests {
    @Test func aMissingFileSaysSoInDutch() throws {
        let result = try NoaberProcess.run(["rank", "/nonexistent/ronde.json"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "/nonexistent/ronde.json: fout: het bestand kan niet gelezen worden: het bestand of de map bestaat niet\n"
        )
    }

    @Test func aFolderSaysSoInEnglishWithLangEn() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-folder")
        let result = try NoaberProcess.run(["rank", directory.url.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(directory.url.path): error: the file cannot be read: this is a folder, not a file\n")
    }
}

/// `noaber rank` refuses sizes above its documented limits at the line that passes them, before any ranking work,
/// with exit 2.
@Suite struct RankLimitTests {
    @Test func moreCandidatesThanTheLimitAreRefused() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-limit")
        let path = directory.path("groot.csv")
        let names = (1...1001).map { "k\($0)" }.joined(separator: ",")
        try Data("\(names)\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try NoaberProcess.run(["rank", path])
        #expect(result.status == 2)
        #expect(
            result.standardError == "\(path):1: fout: te veel kandidaten: noaber rank rangschikt er hoogstens 1000\n")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func moreBallotsThanTheLimitAreRefused() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-limit")
        let path = directory.path("veel.csv")
        try Data(String(repeating: "A,B\n", count: 100_001).utf8).write(to: URL(fileURLWithPath: path))
        let result = try NoaberProcess.run(["rank", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.standardError == "\(path):100001: error: too many ballots: noaber rank counts at most 100000\n")
    }

    @Test func moreNamesThanTheLimitAreRefused() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-limit")
        let path = directory.path("lang.csv")
        let ballot = (1...21).map { "k\($0)" }.joined(separator: ",") + "\n"
        try Data(String(repeating: ballot, count: 100_000).utf8).write(to: URL(fileURLWithPath: path))
        let result = try NoaberProcess.run(["rank", path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(path):95239: fout: te veel namen op de stembiljetten samen: "
                + "noaber rank leest er hoogstens 2000000\n")
    }
}

/// Input that is not a file, or never ends, is refused by name and in bounded memory.
@Suite struct RankStreamTests {
    /// Runs a shell pipeline with `NOABER` set to the binary under test; standard error is all it returns.
    private func shell(_ command: String) throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ["NOABER": NoaberProcess.executable.path, "PATH": "/usr/bin:/bin"]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = error.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aDeviceIsNotARegularFile() throws {
        let result = try NoaberProcess.run(["rank", "/dev/zero"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "/dev/zero: fout: het bestand kan niet gelezen worden: dit is geen gewoon bestand maar een apparaat, "
                + "pijp of socket (lees zo'n stroom met - van de standaardinvoer)\n")
    }

    @Test func aLinkToAFileIsReadAndAPipeIsNot() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-link")
        let path = directory.path("ronde.csv")
        try Data("A,B\nB,A\nA\n".utf8).write(to: URL(fileURLWithPath: path))
        let link = directory.path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        let result = try NoaberProcess.run(["rank", link, "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"n_voters\": 3"))
        let pipe = directory.path("pijp")
        #expect(mkfifo(pipe, 0o600) == 0)
        let refused = try NoaberProcess.run(["rank", pipe, "--lang", "en"])
        #expect(refused.status == 2)
        #expect(
            refused.standardError
                == "\(pipe): error: the file cannot be read: this is not a regular file but a device, pipe or socket "
                + "(read such a stream with - from standard input)\n")
    }

    @Test func aFileOverTheByteLimitIsRefusedBeforeReading() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-groot")
        let path = directory.path("groot.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("A,B\n".utf8)))
        // Sparse: the size passes the limit without 64 MiB on disk.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        let result = try NoaberProcess.run(["rank", path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(path): error: the file is too large: noaber rank reads at most 64 MiB (67108864 bytes)\n")
    }

    @Test func endlessBallotsOnStandardInputStopAtTheBallotLimit() throws {
        let result = try shell("yes a,b,c | \"$NOABER\" rank -")
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "<stdin>:100001: fout: te veel stembiljetten: noaber rank telt er hoogstens 100000\n")
    }

    @Test func anEndlessNameOnStandardInputStopsAtTheByteLimit() throws {
        let result = try shell("yes abcdefgh | tr -d '\\n' | \"$NOABER\" rank -")
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "<stdin>: fout: het bestand is te groot: noaber rank leest hoogstens 64 MiB (67108864 bytes)\n")
    }

    @Test func aNulInANameIsRefusedWithRowAndColumn() throws {
        let directory = try TemporaryDirectory(prefix: "noaber-rank-nul")
        let path = directory.path("nul.csv")
        try Data("A,B\nB,A\u{0}\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try NoaberProcess.run(["rank", path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(path):2: fout: stembiljet 2, kolom 2: een naam mag geen stuurteken bevatten (U+0000)\n")
    }
}
