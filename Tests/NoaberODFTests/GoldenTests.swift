import Foundation
import NoaberCore
import NoaberFormats
import NoaberTestSupport
import Testing

@testable import NoaberODF

/// The canonical `content.xml` of reports for fixed sessions, compared with files under `Fixtures/golden/`.
/// `NOABER_RECORD=1 swift test --filter GoldenTests` writes them anew; review the diff.
@Suite struct GoldenTests {
    static func scenario(_ id: String) throws -> Scenario {
        let entries = try ScenarioCatalog.embedded()
        guard let entry = entries.first(where: { $0.scenario.id == id }) else { throw CocoaError(.fileNoSuchFile) }
        return entry.scenario
    }

    static func session(_ name: String) throws -> SessionState {
        switch name {
        case "proef": return try ODFSessionFixtures.complete()
        default: return try ODFSessionGenerator.session(scenario: scenario(name), participants: 4, seed: 7)
        }
    }

    static func compare(_ bytes: [UInt8], golden name: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["NOABER_RECORD"] == "1" {
            try Data(bytes).write(to: source)
            return
        }
        guard let url = Bundle.module.url(forResource: "Fixtures/golden/\(name)", withExtension: nil) else {
            Issue.record("no golden file \(name); record it with NOABER_RECORD=1")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let actual = String(decoding: bytes, as: UTF8.self)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)")
        }
    }

    @Test(arguments: ["proef", "grasveldje", "democratische-waarden", "zelfanalyse"])
    func groupReport(session name: String) throws {
        try Self.compare(
            try GroupReport.document(for: Self.session(name)).contentXML(), golden: "\(name)-verslag.content.xml")
    }

    @Test(arguments: ["proef", "zelfanalyse", "democratische-waarden"])
    func personalReport(session name: String) throws {
        let state = try Self.session(name)
        let first = try #require(state.participants.first)
        try Self.compare(
            try PersonalReport.document(for: first.id, in: state).contentXML(),
            golden: "\(name)-persoonlijk.content.xml")
    }

    @Test(arguments: ["proef", "zelfanalyse"])
    func rawData(session name: String) throws {
        try Self.compare(
            try RawData.spreadsheet(for: Self.session(name)).contentXML(), golden: "\(name)-gegevens.content.xml")
    }
}
