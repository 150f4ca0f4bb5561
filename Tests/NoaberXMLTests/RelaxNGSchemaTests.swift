import Testing

@testable import NoaberXML

@Suite("RelaxNG validation")
struct RelaxNGSchemaTests {
    @Test func validDocumentPasses() throws {
        let schema = try RelaxNGSchema(contentsOf: Fixtures.path("agenda.rng"))
        let document = try XMLParser.parse(contentsOf: Fixtures.path("agenda-valid.xml"), schema: schema)
        #expect(document.root.elements(named: "item").map { $0.attribute("minutes") } == ["10", "45"])
    }

    @Test func everyViolationIsReportedWithItsLine() throws {
        let schema = try RelaxNGSchema(contentsOf: Fixtures.path("agenda.rng"))
        let path = try Fixtures.path("agenda-invalid.xml")
        let at = { (line: Int, message: String) in
            XMLDiagnostic(location: XMLLocation(file: path, line: line), message: message)
        }
        #expect(
            throws: XMLError.invalid([
                at(4, "Type positiveInteger doesn't allow value 'tien'"),
                at(4, "Element item failed to validate attributes"),
                at(5, "Did not expect element titel there"),
                at(6, "Element item failed to validate attributes"),
            ])
        ) {
            try XMLParser.parse(contentsOf: path, schema: schema)
        }
    }

    @Test func identicalViolationsOnOneLineAreAllReported() throws {
        let schema = try RelaxNGSchema(contentsOf: Fixtures.path("agenda.rng"))
        let xml = "<agenda>\n<item/><item/><item/></agenda>"
        let at = { (message: String) in XMLDiagnostic(location: XMLLocation(file: "a.xml", line: 2), message: message) }
        // libxml2's own wording, stray space included.
        let perItem = [at("Element item failed to validate attributes"), at("Expecting an element , got nothing")]
        #expect(throws: XMLError.invalid(perItem + perItem + perItem)) {
            try XMLParser.parse(Array(xml.utf8), file: "a.xml", schema: schema)
        }
    }

    @Test func concurrentCompilationAndValidationKeepTheirDiagnosticsApart() async throws {
        let shared = try RelaxNGSchema(contentsOf: Fixtures.path("agenda.rng"))
        let schemaPath = try Fixtures.path("agenda.rng")
        let valid = try Fixtures.path("agenda-valid.xml")
        let invalid = try Fixtures.path("agenda-invalid.xml")
        let expected = try #require(Self.errorOf { try XMLParser.parse(contentsOf: invalid, schema: shared) })
        let outcomes = await withTaskGroup(of: XMLError?.self) { group in
            for index in 0..<32 {
                group.addTask {
                    // Half the tasks share one compiled schema, half compile their own (datatype tables included).
                    guard let schema = index < 16 ? shared : try? RelaxNGSchema(contentsOf: schemaPath) else {
                        return .writerFailed("schema")
                    }
                    let path = index.isMultiple(of: 2) ? valid : invalid
                    return Self.errorOf { try XMLParser.parse(contentsOf: path, schema: schema) }
                }
            }
            return await group.reduce(into: [XMLError?]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == nil }.count == 16)
        #expect(outcomes.filter { $0 == expected }.count == 16)
    }

    private static func errorOf(_ body: () throws -> XMLDocument) -> XMLError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? XMLError ?? .writerFailed("\(error)")
        }
    }

    @Test func brokenSchemaIsUnusable() throws {
        let path = try Fixtures.path("broken.rng")
        let at = { (line: Int, message: String) in
            XMLDiagnostic(location: XMLLocation(file: path, line: line), message: message)
        }
        #expect(
            throws: XMLError.schemaUnusable([
                at(4, "Reference missing has no matching definition"),
                at(4, "Internal found no define for ref missing"),
            ])
        ) {
            try RelaxNGSchema(contentsOf: path)
        }
    }

    @Test func schemaThatIsNotXMLIsUnusable() {
        // The first error reaches only the thread-global handler: RelaxNG reads its schema with plain xmlReadMemory.
        #expect(
            throws: XMLError.schemaUnusable([
                XMLDiagnostic(
                    location: XMLLocation(file: "x.rng", line: 1, column: 1),
                    message: "Start tag expected, '<' not found"),
                XMLDiagnostic(
                    location: XMLLocation(file: "x.rng", line: 0), message: "xmlRelaxNGParse: could not parse schemas"),
            ])
        ) {
            try RelaxNGSchema(data: Array("geen schema".utf8), file: "x.rng")
        }
    }

    @Test func emptySchemaIsUnusable() {
        let unusable = XMLDiagnostic(
            location: XMLLocation(file: "y.rng", line: 0), message: "The schema could not be compiled")
        #expect(throws: XMLError.schemaUnusable([unusable])) {
            try RelaxNGSchema(data: [], file: "y.rng")
        }
    }
}
