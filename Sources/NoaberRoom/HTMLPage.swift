import HTTPTypes
import Hummingbird

/// A rendered page: `text/html; charset=utf-8`, not cached, with a strict content security policy (scripts and
/// styles from this server only, no frames, forms only to this server).
struct HTMLPage: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok
    var cookies: [Cookie] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response(
            status: status, headers: Self.headers(contentType: "text/html; charset=utf-8"),
            body: .init(byteBuffer: ByteBuffer(string: html)))
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .cacheControl: "no-store",
            .contentSecurityPolicy:
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
    }

    /// 303 See Other: the G of POST-redirect-GET.
    static func redirect(to location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}
