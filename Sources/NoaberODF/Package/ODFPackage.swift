import Foundation
import NoaberCore
import NoaberXML
import ZIPFoundation

/// An ODF package (zip) being assembled: `mimetype` first and stored, then the parts in the order added, then
/// `META-INF/manifest.xml`. Entry dates are the session's, so the bytes depend on nothing but the content.
struct ODFPackage {
    static let textMediaType = "application/vnd.oasis.opendocument.text"
    static let spreadsheetMediaType = "application/vnd.oasis.opendocument.spreadsheet"
    static let chartMediaType = "application/vnd.oasis.opendocument.chart"

    var mediaType: String
    var modified: Timestamp
    private(set) var parts: [(path: String, bytes: [UInt8])] = []
    /// Embedded sub-documents (`Object 1/`): a manifest entry of their own with their media type.
    private(set) var subdocuments: [(folder: String, mediaType: String)] = []

    init(mediaType: String, modified: Timestamp) {
        self.mediaType = mediaType
        self.modified = modified
    }

    mutating func add(_ path: String, _ bytes: [UInt8]) {
        parts.append((path, bytes))
    }

    /// Declares `folder` (ending in `/`) as an embedded document; its files are added with `add`.
    mutating func addSubdocument(_ folder: String, mediaType: String) {
        subdocuments.append((folder, mediaType))
    }

    /// The `META-INF/manifest.xml` part: the package, every part, every sub-document folder.
    func manifestXML() throws -> [UInt8] {
        let w = try XMLWriter(indent: true)
        try w.startDocument()
        try w.startRoot("manifest:manifest", namespaces: [.manifest])
        try w.attribute("manifest:version", odfVersion)
        try w.element(
            "manifest:file-entry",
            attributes: ["manifest:full-path": "/", "manifest:version": odfVersion, "manifest:media-type": mediaType])
        for (folder, type) in subdocuments {
            try w.element(
                "manifest:file-entry",
                attributes: ["manifest:full-path": folder, "manifest:version": odfVersion, "manifest:media-type": type])
        }
        for part in parts {
            try w.element(
                "manifest:file-entry",
                attributes: ["manifest:full-path": part.path, "manifest:media-type": "text/xml"])
        }
        try w.endElement()
        return try w.finish()
    }

    /// The zip bytes.
    func zipped() throws -> Data {
        do {
            return try zip()
        } catch let error as Archive.ArchiveError {
            throw ODFError.zipFailed("\(error)")
        }
    }

    private func zip() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = ODFDate.zipDate(modified)
        try add(Array(mediaType.utf8), as: "mimetype", compression: .none, to: archive, date: date)
        for part in parts {
            try add(part.bytes, as: part.path, compression: .deflate, to: archive, date: date)
        }
        try add(try manifestXML(), as: "META-INF/manifest.xml", compression: .deflate, to: archive, date: date)
        guard let data = archive.data else { throw ODFError.zipFailed("archive has no data") }
        return data
    }

    private func add(
        _ bytes: [UInt8], as path: String, compression: CompressionMethod, to archive: Archive, date: Date
    ) throws {
        let data = Data(bytes)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
            permissions: 0o644, compressionMethod: compression
        ) { position, size in
            data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }
    }
}
