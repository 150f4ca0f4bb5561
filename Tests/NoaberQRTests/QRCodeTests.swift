import Foundation
import NoaberQR
import Testing

@Suite struct QRCodeTests {
    static let joinURL = "http://192.168.1.20:8080/doe-mee?code=K7M2QX"

    @Test func sizeFollowsTheVersion() throws {
        let code = try QRCode(encoding: Self.joinURL)
        #expect(code.version >= 1 && code.version <= 40)
        #expect(code.size == 17 + 4 * code.version)
        #expect(code.dark.count == code.size * code.size)
    }

    @Test func longerTextNeedsALargerVersion() throws {
        let short = try QRCode(encoding: "http://127.0.0.1/")
        let long = try QRCode(encoding: "http://127.0.0.1/" + String(repeating: "a", count: 300))
        #expect(long.version > short.version)
    }

    /// The three finder patterns (7×7: a dark ring, a light ring, a dark 3×3 core) sit in three corners.
    @Test func findersSitInThreeCorners() throws {
        let code = try QRCode(encoding: Self.joinURL)
        let last = code.size - 7
        for (top, left) in [(0, 0), (0, last), (last, 0)] {
            for row in 0..<7 {
                for column in 0..<7 {
                    let ring = max(abs(row - 3), abs(column - 3))
                    #expect(code.isDark(row: top + row, column: left + column) == (ring != 2), "(\(row), \(column))")
                }
            }
        }
        // The fourth corner has no finder: its outer corner module belongs to the data area or its separator.
        #expect(!(0..<7).allSatisfy { code.isDark(row: last + $0, column: last) })
    }

    @Test func svgDrawsExactlyTheDarkModules() throws {
        let code = try QRCode(encoding: Self.joinURL)
        let svg = code.svg(quietZone: 4)
        let side = code.size + 8
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("aria-hidden=\"true\""))
        #expect(Self.modules(ofPath: try Self.pathData(svg), size: code.size, quietZone: 4) == code.dark)
    }

    @Test func emptyAndOversizedTextAreRefused() {
        #expect(throws: QRError.empty) { try QRCode(encoding: "") }
        let tooLong = String(repeating: "x", count: 4000)
        #expect(throws: QRError.tooLong(bytes: 4000)) { try QRCode(encoding: tooLong) }
        #expect(QRError.tooLong(bytes: 4000).rendered() == "fout: de tekst voor de QR-code is te lang (4000 bytes)")
        #expect(QRError.empty.rendered(in: .en) == "error: the QR code has no text")
    }

    /// Reads the code back with zbar (Debian's zbar-tools, installed by scripts/bootstrap) from a PGM picture.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")))
    func zbarReadsTheURLBack() throws {
        let code = try QRCode(encoding: Self.joinURL)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-qr-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.pgm(code, scale: 6, quietZone: 4).write(to: file)
        let zbar = Process()
        zbar.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        zbar.arguments = ["--quiet", "--raw", file.path]
        let output = Pipe()
        zbar.standardOutput = output
        zbar.standardError = FileHandle.nullDevice  // zbar complains about a missing D-Bus on stderr
        try zbar.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        zbar.waitUntilExit()
        #expect(zbar.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines) == Self.joinURL)
    }

    static func pathData(_ svg: String) throws -> String {
        let start = try #require(svg.range(of: " d=\""))
        let end = try #require(svg[start.upperBound...].firstIndex(of: "\""))
        return String(svg[start.upperBound..<end])
    }

    /// Reads back the `M x y h n v1 h-n z` segments `svg()` writes.
    static func modules(ofPath path: String, size: Int, quietZone: Int) -> [Bool] {
        var dark = [Bool](repeating: false, count: size * size)
        for segment in path.split(separator: "M") {
            let numbers = segment.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let (x, y, run) = (numbers[0] - quietZone, numbers[1] - quietZone, numbers[2])
            for column in x..<(x + run) { dark[y * size + column] = true }
        }
        return dark
    }

    /// A binary PGM (P5): white quiet zone, black dark modules, `scale` pixels a module.
    static func pgm(_ code: QRCode, scale: Int, quietZone: Int) -> Data {
        let side = (code.size + 2 * quietZone) * scale
        var data = Data("P5\n\(side) \(side)\n255\n".utf8)
        for y in 0..<side {
            for x in 0..<side {
                let (row, column) = (y / scale - quietZone, x / scale - quietZone)
                let inside = (0..<code.size).contains(row) && (0..<code.size).contains(column)
                data.append(inside && code.isDark(row: row, column: column) ? 0 : 255)
            }
        }
        return data
    }
}
