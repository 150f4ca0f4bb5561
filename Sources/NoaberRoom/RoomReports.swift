import Foundation
import Hummingbird
import NoaberCore
import NoaberODF

/// The participant's own report at the end of the session: `GET /verslag.odt`, and `GET /verslag.pdf` when
/// LibreOffice is installed; the same document `noaber export --personal` writes, made for the cookie's owner only.
enum RoomReports {
    static var formats: [String] { PDFConverter.executable() == nil ? ["odt"] : ["odt", "pdf"] }

    static func document(for participant: ParticipantID, in state: SessionState, format: String) throws -> Data {
        let odt = try PersonalReport.document(for: participant, in: state).odt()
        guard format == "pdf" else { return odt }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("noaber-verslag-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("verslag.odt")
        try odt.write(to: source)
        let pdfs = try PDFConverter.convert([source])
        guard let pdf = pdfs.first else { throw ODFError.libreOfficeMissing }
        return try Data(contentsOf: pdf)
    }
}

extension RoomPages {
    func addReportRoutes(to router: Router<RoomRequestContext>) {
        for (format, type) in [("odt", "application/vnd.oasis.opendocument.text"), ("pdf", "application/pdf")] {
            router.get(RouterPath("verslag.\(format)")) { request, context in
                try await handling(
                    back: "/stap",
                    { () async throws(RoomError) -> Response in
                        guard let key = await room.participant(token: request.cookies[Self.participantCookie]?.value)
                        else { throw .notJoined }
                        let state = await room.runner.state
                        guard state.isEnded else { throw .invalidAnswer("het verslag komt er als de sessie klaar is") }
                        let data: Data
                        do {
                            data = try RoomReports.document(for: key.participant, in: state, format: format)
                        } catch {
                            throw .unavailable("\(error)")
                        }
                        var headers = HTMLPage.headers(contentType: type)
                        headers[.contentDisposition] = "attachment; filename=\"mijn-verslag.\(format)\""
                        return Response(
                            status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
                    }, request: request, context: context)
            }
        }
    }
}
