import Foundation
import Testing

@testable import NoaberXML

@Suite("XMLParser refuses hostile input quickly")
struct XMLParserHardeningTests {
    @Test(arguments: [
        ("billion-laughs.xml", 2),
        ("external-entity.xml", 2),
        ("external-dtd.xml", 2),
        ("parameter-entity.xml", 3),
    ])
    func refusesEveryDoctype(name: String, line: Int) throws {
        let path = try Fixtures.path(name)
        #expect(throws: XMLError.doctypeForbidden(XMLLocation(file: path, line: line))) {
            try XMLParser.parse(contentsOf: path)
        }
    }

    @Test func refusesDoctypeWithoutEntities() {
        let xml = "<?xml version=\"1.0\"?>\n\n<!DOCTYPE a>\n<a/>"
        #expect(throws: XMLError.doctypeForbidden(XMLLocation(file: "a.xml", line: 3))) {
            try XMLParser.parse(Array(xml.utf8), file: "a.xml")
        }
    }

    @Test func billionLaughsIsRefusedBeforeAnyExpansion() throws {
        // Ten times the bomb, one after another: if any entity were expanded this would take seconds and gigabytes.
        let bomb = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("billion-laughs.xml"))))
        let start = ContinuousClock.now
        for _ in 0..<10 {
            #expect(throws: XMLError.doctypeForbidden(XMLLocation(file: "bomb.xml", line: 2))) {
                try XMLParser.parse(bomb, file: "bomb.xml")
            }
        }
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func hundredThousandDeepNestingFailsWithoutCrashing() {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(throws: XMLError.tooDeep(XMLLocation(file: "diep.xml", line: 1, column: 772), limit: 256)) {
            try XMLParser.parse(Array(xml.utf8), file: "diep.xml")
        }
    }

    @Test func depthLimitIsTheCallers() throws {
        let nested = { (depth: Int) in
            Array((String(repeating: "<a>\n", count: depth) + String(repeating: "</a>", count: depth)).utf8)
        }
        let options = XMLParseOptions(maxDepth: 10)
        let document = try XMLParser.parse(nested(10), file: "tien.xml", options: options)
        #expect(document.root.name == "a")
        #expect(throws: XMLError.tooDeep(XMLLocation(file: "elf.xml", line: 11), limit: 10)) {
            try XMLParser.parse(nested(11), file: "elf.xml", options: options)
        }
        // libxml2 allows 257 levels without XML_PARSE_HUGE; Noaber's ceiling is 256 whatever the caller asks.
        #expect(throws: XMLError.tooDeep(XMLLocation(file: "diep.xml", line: 257), limit: 256)) {
            try XMLParser.parse(nested(257), file: "diep.xml", options: XMLParseOptions(maxDepth: 1000))
        }
    }

    @Test func fiftyMebibytesAreRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "<"), count: 50 * 1024 * 1024)
        #expect(throws: XMLError.tooLarge(file: "groot.xml", bytes: 50 * 1024 * 1024, limit: 10 * 1024 * 1024)) {
            try XMLParser.parse(bytes, file: "groot.xml")
        }
    }

    @Test func largeFileIsRefusedByItsSizeBeforeReading() throws {
        // A sparse 50 MiB file: refusing it must not need reading it.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-groot-\(UUID()).xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<a/>".utf8)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        #expect(throws: XMLError.tooLarge(file: path, bytes: 50 * 1024 * 1024, limit: 10 * 1024 * 1024)) {
            try XMLParser.parse(contentsOf: path)
        }
    }

    @Test func endlessDeviceIsReadOnlyUpToTheLimit() {
        #expect(throws: XMLError.tooLarge(file: "/dev/zero", bytes: 1025, limit: 1024)) {
            try XMLParser.parse(contentsOf: "/dev/zero", options: XMLParseOptions(maxBytes: 1024))
        }
    }

    @Test(arguments: [
        ("/bestaat/niet.xml", ENOENT, "No such file or directory"),
        ("/tmp", EISDIR, "Is a directory"),
    ])
    func unreadableFilesSayWhy(path: String, code: Int32, reason: String) {
        #expect(throws: XMLError.unreadable(file: path, code: code, reason: reason)) {
            try XMLParser.parse(contentsOf: path)
        }
    }
}
