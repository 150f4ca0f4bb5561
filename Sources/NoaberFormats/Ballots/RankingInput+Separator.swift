import Foundation
import NoaberAggregation
import NoaberCore

/// The CSV separator: a comma, or a semicolon when the text has semicolons and no comma at all (a spreadsheet
/// with Dutch settings saves CSV with `;`). A regular file is scanned by a second read; a stream is read ahead
/// until its first comma, which for a comma-separated file is the first row.
extension RankingInput {
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")

    static func separator(ahead input: inout ByteReader) throws(RankingInputError) -> UInt8 {
        if try input.firstByte(where: { $0 == comma }) != nil { return comma }
        return try input.firstByte(where: { $0 == semicolon }) != nil ? semicolon : comma
    }

    /// Reads at most `limit` bytes: beyond it the file is refused while it is read.
    static func separator(ofFileAt url: URL, file: String, limit: Int) throws(RankingInputError) -> UInt8 {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var hasSemicolon = false
            var read = 0
            while read <= limit, let data = try handle.read(upToCount: ByteReader.chunkSize), !data.isEmpty {
                let bytes = [UInt8](data)
                if bytes.contains(comma) { return comma }
                hasSemicolon = hasSemicolon || bytes.contains(semicolon)
                read += bytes.count
            }
            return hasSemicolon ? semicolon : comma
        } catch {
            throw RankingInputError(
                .unreadableFile(FileProblem(foundationError: error)), at: SourceLocation(file: file, line: 0))
        }
    }
}
