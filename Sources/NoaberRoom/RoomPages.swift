import Hummingbird
import NoaberCore

/// The pages of the room: rendering (templates), the error page, and the cookies. The routes are added by
/// `add…Routes` in the files beside this one.
struct RoomPages: Sendable {
    let room: Room
    let templates: RoomTemplates
    /// How long a posted form's body may take to arrive.
    var bodyTimeout: Duration = .seconds(20)

    /// The participant cookie: the token only, HttpOnly, SameSite=Strict, for the whole server, no expiry (it
    /// lives as long as the browser session; the token as long as the room's session).
    static let participantCookie = "noaber_deelnemer"
    /// The join form's double-submit CSRF cookie (there is no participant yet to tie the form to).
    static let formCookie = "noaber_formulier"

    static func cookie(_ name: String, _ value: String) -> Cookie {
        Cookie(name: name, value: value, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// A page in the room's layout: `template` is the body, `context` its values (the layout adds the title).
    func page(
        _ template: String, title: String, _ context: [String: Any], status: HTTPResponse.Status = .ok,
        cookies: [Cookie] = []
    ) -> HTMLPage {
        var values = context
        values["paginatitel"] = title
        // The scenario's form of address for the participant's pages: pronouns only, as the verbs the templates
        // use are the same with u and je ("u bent", "je bent").
        let address = room.runner.settings?.scenario.address ?? .u
        for (key, u, je) in [
            ("u", "u", "je"), ("U", "U", "Je"), ("uw", "uw", "je"), ("Uw", "Uw", "Je"), ("jou", "u", "jou"),
        ]
        where values[key] == nil {
            values[key] = address.say(u: u, je: je)
        }
        return HTMLPage(html: templates.render(template, values), status: status, cookies: cookies)
    }

    /// The page for a refusal: the message in Dutch and a way back.
    func errorPage(_ error: RoomError, back: String = "/") -> HTMLPage {
        page(
            "fout", title: "Niet gelukt",
            ["melding": error.message(in: .nl), "terug": back], status: Self.status(of: error))
    }

    static func status(of error: RoomError) -> HTTPResponse.Status {
        switch error {
        case .template: .internalServerError
        case .notJoined: .unauthorized
        case .forgedForm, .wrongJoinCode, .notFacilitator, .notYours: .forbidden
        case .fieldTooLong, .bodyTooLarge: .contentTooLarge
        case .invalidField, .invalidAnswer, .refused: .unprocessableContent
        case .tooManyRequests: .tooManyRequests
        case .bodyTimedOut: .requestTimeout
        case .unavailable, .keyFile, .keyFileLine: .serviceUnavailable
        }
    }

    /// Runs a handler and turns a `RoomError` into its page.
    func handling(
        back: String = "/", _ body: () async throws(RoomError) -> Response, request: Request,
        context: RoomRequestContext
    ) async throws -> Response {
        do throws(RoomError) {
            return try await body()
        } catch {
            return try errorPage(error, back: back).response(from: request, context: context)
        }
    }
}
