import Foundation
import ZIPFoundation

/// Opens a written package again: its entries in zip order and their bytes.
struct ODFReopener {
    let archive: Archive

    init(_ data: Data) throws {
        archive = try Archive(data: data, accessMode: .read)
    }

    init(url: URL) throws {
        archive = try Archive(url: url, accessMode: .read)
    }

    var entryPaths: [String] { archive.map(\.path) }

    func bytes(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    func text(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }

    /// Every XML part concatenated, for searching a name anywhere in a package.
    func allText() throws -> String {
        try entryPaths.map { try text($0) }.joined(separator: "\n")
    }
}

/// A fresh temporary folder per test.
func temporaryDirectory(_ name: String = #function) throws -> URL {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("noaber-odf-\(safe)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
