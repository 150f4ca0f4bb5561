public import Foundation

/// Runs `../shared/tools/odf-check` (strict ODF schema and package checks) on written files, when the tool is
/// there: it is in CI and on the team's machines, and a checkout without it still runs the other tests.
public enum ODFCheck {
    /// The checker next to the package (`<package root>/../shared/tools/odf-check`), if present.
    public static var tool: URL? {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let tool = root.deletingLastPathComponent().appendingPathComponent("shared/tools/odf-check")
        return FileManager.default.isExecutableFile(atPath: tool.path) ? tool : nil
    }

    public struct Result: Sendable, Equatable {
        public var status: Int32
        public var output: String
        public var passed: Bool { status == 0 }
    }

    /// Checks `files` in one run (one validator start for all); `nil` when the tool is absent. `expect` renders
    /// with LibreOffice and requires the text in every file.
    public static func run(_ files: [URL], expect: [String] = [], extraArguments: [String] = []) throws -> Result? {
        guard let tool else { return nil }
        let process = Process()
        process.executableURL = tool
        var arguments = ["-q"] + extraArguments
        for text in expect { arguments += ["--expect", text] }
        process.arguments = arguments + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readAllRetryingInterrupts()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
