import Foundation
import NoaberCore
import Testing

@testable import NoaberFormats

/// `noaber new ID --from SCENARIO` (issue 12.4): a copy under a new id, never over another scenario or file.
@Suite("noaber new")
struct ScenarioCopyTests {
    private func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-new-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory + "/Scenarios", withIntermediateDirectories: true)
        return directory
    }

    @Test("copies a built-in scenario into the scenario folder, changing only the id")
    func copiesUnderANewID() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scenarios = directory + "/Scenarios"
        let output = ScenarioCopy.copy(id: "grasveldje-enschede", from: "grasveldje", directory: scenarios)
        let path = scenarios + "/grasveldje-enschede.xml"
        #expect(
            output
                == CommandOutput(stdout: [
                    "nieuw scenario 'grasveldje-enschede' in \(path), gekopieerd van 'grasveldje' (Scenarios/grasveldje.xml)",
                    "pas titel, teksten en stappen aan en controleer het met: noaber validate \(path)",
                ]))
        let copy = try String(contentsOfFile: path, encoding: .utf8)
        let original = try #require(EmbeddedScenarios.scenarios.first { $0.fileName == "grasveldje.xml" }).contents
        #expect(copy == original.replacingOccurrences(of: "id=\"grasveldje\"", with: "id=\"grasveldje-enschede\""))
        #expect(ScenarioCommands.validate([path]) == CommandOutput(stdout: ["ok \(path)"]))
        var expected = try ScenarioLoader.load(original, file: "x.xml")
        expected.id = "grasveldje-enschede"
        #expect(try ScenarioLoader.load(contentsOf: path) == expected)
        // The new scenario is found by its id, and a second copy under that id is refused.
        #expect(try ScenarioCatalog.resolve("grasveldje-enschede", directory: scenarios).path == path)
        #expect(
            ScenarioCopy.copy(id: "grasveldje-enschede", from: "grasveldje", directory: scenarios)
                == CommandOutput(
                    exitCode: 1,
                    stderr: [
                        "\(path): fout: er bestaat al een scenario met id 'grasveldje-enschede'; kies een ander id"
                    ]))
    }

    @Test("a copy of a copy: from a path, to a file named with --to")
    func copiesFromAPathToAFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = directory + "/eerste.xml"
        #expect(ScenarioCopy.copy(id: "eerste", from: "geld", to: first, directory: nil).exitCode == 0)
        let second = directory + "/tweede.xml"
        let output = ScenarioCopy.copy(id: "tweede", from: first, to: second, directory: nil, language: .en)
        #expect(output.stdout.first == "new scenario 'tweede' in \(second), copied from 'eerste' (\(first))")
        #expect(try ScenarioLoader.load(contentsOf: second).id == "tweede")
    }

    @Test("refuses an existing id, an existing file, a bad id and an unknown scenario, saying which file")
    func refusals() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scenarios = directory + "/Scenarios"
        #expect(
            ScenarioCopy.copy(id: "zelfanalyse", from: "grasveldje", directory: scenarios)
                == CommandOutput(
                    exitCode: 1,
                    stderr: [
                        "Scenarios/zelfanalyse.xml: fout: er bestaat al een scenario met id 'zelfanalyse'; kies een ander id"
                    ]))
        let unknown = ScenarioCopy.copy(id: "nieuw", from: "bestaat-niet", directory: scenarios)
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.first?.hasPrefix("fout: onbekend scenario 'bestaat-niet'; bekend zijn: ") == true)
        #expect(!FileManager.default.fileExists(atPath: scenarios + "/nieuw.xml"))
        let taken = scenarios + "/bezet.xml"
        try Data("niets".utf8).write(to: URL(fileURLWithPath: taken))
        #expect(
            ScenarioCopy.copy(id: "bezet", from: "grasveldje", directory: scenarios)
                == CommandOutput(
                    exitCode: 1,
                    stderr: [
                        "\(scenarios)/bezet.xml: fout: dit bestand bestaat al en wordt niet overschreven; kies een ander id"
                            + " of --to"
                    ]))
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "niets")
        #expect(
            ScenarioCopy.copy(id: "Grasveldje_2", from: "grasveldje", directory: scenarios).stderr == [
                "fout: 'Grasveldje_2' is geen geldig scenario-id: gebruik kleine letters en cijfers, met losse streepjes"
                    + " ertussen (bijvoorbeeld grasveldje-enschede)"
            ])
    }
}
