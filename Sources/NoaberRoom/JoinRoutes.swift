import Hummingbird
import NoaberCore

/// `GET /`: the join page (code, name or pseudonym, the privacy notice); `POST /aanmelden`: join and get the
/// participant cookie.
extension RoomPages {
    static let nameLimit = 200

    func addJoinRoutes(to router: Router<RoomRequestContext>) {
        router.get("/") { request, context in
            if await room.participant(token: request.cookies[Self.participantCookie]?.value) != nil {
                return HTMLPage.redirect(to: "/stap")
            }
            let formToken = request.cookies[Self.formCookie]?.value ?? RoomSecrets.token()
            let code = request.uri.queryParameters["code"].map(String.init) ?? ""
            return try await joinPage(code: code, formToken: formToken, message: nil)
                .response(from: request, context: context)
        }
        router.post("/aanmelden") { request, context in
            try await handling(
                {
                    () async throws(RoomError) -> Response in
                    try await join(request)
                }, request: request, context: context)
        }
    }

    func joinPage(code: String, formToken: String, message: String?, status: HTTPResponse.Status = .ok) async
        -> HTMLPage
    {
        let state = await room.runner.state
        let settings = state.settings
        return page(
            "join", title: "Aanmelden",
            [
                "scenario": settings?.scenario.title ?? "",
                "plaats": settings?.place ?? "",
                "code": code,
                "schuilnaam": settings?.pseudonymous ?? false,
                "csrf": formToken,
                "formulier": RoomSecrets.token(),
                "melding": message ?? "",
                "naamlimiet": Self.nameLimit,
            ], status: status, cookies: [Self.cookie(Self.formCookie, formToken)])
    }

    private func join(_ request: Request) async throws(RoomError) -> Response {
        let form = try await RoomForm.read(request, timeout: bodyTimeout)
        try form.checkLengths(["naam": Self.nameLimit])
        guard let cookie = request.cookies[Self.formCookie]?.value, let sent = try form.text("csrf"),
            RoomSecrets.equal(sent, cookie)
        else { throw .forgedForm }
        guard let code = try form.text("code"), RoomSecrets.equal(code.trimmedWhitespace, await room.joinCode) else {
            throw .wrongJoinCode
        }
        let formKey = try form.required("formulier")
        guard await room.claim(formKey: formKey, owner: cookie) else { return HTMLPage.redirect(to: "/stap") }
        let name = try form.required("naam", limit: Self.nameLimit).trimmedWhitespace
        let pseudonymous = await room.runner.state.settings?.pseudonymous ?? false
        do throws(RoomError) {
            // In a pseudonymous session the pseudonym is all the room asks and stores.
            let (token, _) = try await room.join(name: name, pseudonym: pseudonymous ? name : nil)
            return HTMLPage.redirect(to: "/stap", cookies: [Self.cookie(Self.participantCookie, token)])
        } catch {
            await room.release(formKey: formKey, owner: cookie)
            throw error
        }
    }
}
