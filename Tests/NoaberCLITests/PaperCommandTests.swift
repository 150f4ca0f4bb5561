import Foundation
import NoaberTestSupport
import Testing

/// `noaber show ID --format odt` and `noaber forms ID` write their documents where the README says.
@Suite struct PaperCommandTests {
    @Test func defaultFileNamesInTheCurrentFolderAndToAFileWithTo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-paper-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let show = try NoaberProcess.run(["show", "grasveldje", "--format", "odt"], in: directory)
        #expect(show.status == 0 && show.standardOutput == "ok draaiboek-grasveldje.odt\n", "\(show.standardError)")
        let forms = try NoaberProcess.run(["forms", "zelfanalyse"], in: directory)
        #expect(forms.status == 0 && forms.standardOutput == "ok formulieren-zelfanalyse.odt\n")
        let named = try NoaberProcess.run(["forms", "democratische-waarden", "--to", "avond.odt"], in: directory)
        #expect(named.status == 0 && named.standardOutput == "ok avond.odt\n")
        let written = ["draaiboek-grasveldje.odt", "formulieren-zelfanalyse.odt", "avond.odt"].map {
            directory.appendingPathComponent($0)
        }
        for file in written { #expect(FileManager.default.fileExists(atPath: file.path)) }
        if let result = try ODFCheck.run(written) { #expect(result.passed, "\(result.output)") }
    }

    @Test func anUnknownScenarioOrAnUnwritableFileIsAClearError() throws {
        let unknown = try NoaberProcess.run(["forms", "bestaat-niet"])
        #expect(unknown.status == 1 && unknown.standardError.hasPrefix("fout: onbekend scenario 'bestaat-niet'"))
        let unwritable = try NoaberProcess.run(["show", "grasveldje", "--format", "odt", "--to", "/geen-map/d.odt"])
        #expect(unwritable.status == 1 && unwritable.standardError.contains("/geen-map/d.odt"))
    }
}
