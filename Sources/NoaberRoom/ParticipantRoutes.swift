import Hummingbird
import NoaberCore

/// The participant's side: `GET /stap` (the open step's form, their own inputs, or the wait), `POST /stap/ID`
/// (submit, or revise the answer of a kind answered once), `POST /inbreng/ID/herzien` and `/intrekken` (their own
/// input only), `GET /stand` (what the refresh script compares).
extension RoomPages {
    func addParticipantRoutes(to router: Router<RoomRequestContext>) {
        router.get("/stap") { request, context in
            guard let key = await room.participant(token: request.cookies[Self.participantCookie]?.value) else {
                return HTMLPage.redirect(to: "/")
            }
            return try await stepPage(for: key, message: nil).response(from: request, context: context)
        }
        router.get("/stand") { request, _ in
            let state = await room.runner.state
            var headers = HTMLPage.headers(contentType: "text/plain; charset=utf-8")
            headers[.cacheControl] = "no-store"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Self.stand(of: state))))
        }
        participantPost("/stap/{id}", to: router) { key, form, step async throws(RoomError) in
            try await submit(form, step: step, for: key)
        }
        participantPost("/inbreng/{id}/herzien", to: router) { key, form, input async throws(RoomError) in
            try await revise(form, input: input, for: key)
        }
        participantPost("/inbreng/{id}/intrekken", to: router) { key, form, input async throws(RoomError) in
            try await withdraw(form, input: input, for: key)
        }
    }

    /// A participant's POST route: `{id}` of the path, the participant and their checked form go to `action`; a
    /// refusal becomes its page with a way back to `/stap`.
    private func participantPost(
        _ path: RouterPath, to router: Router<RoomRequestContext>,
        _ action: @escaping @Sendable (RoomKeys.ParticipantKey, RoomForm, String) async throws(RoomError) -> Response
    ) {
        router.post(path) { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await handling(
                back: "/stap",
                { () async throws(RoomError) -> Response in
                    let (key, form) = try await participantForm(request)
                    return try await action(key, form, id)
                }, request: request, context: context)
        }
    }

    /// What the refresh script watches: the open step, whether the session ended, which results are shown.
    static func stand(of state: SessionState) -> String {
        "\(state.openStep ?? "-")/\(state.isEnded ? "einde" : "bezig")"
    }

    /// The participant behind the cookie and their form, after the CSRF check, the rate limit and the length
    /// limits (which the werkvorm narrows).
    func participantForm(_ request: Request) async throws(RoomError) -> (RoomKeys.ParticipantKey, RoomForm) {
        guard let key = await room.participant(token: request.cookies[Self.participantCookie]?.value) else {
            throw .notJoined
        }
        let form = try await RoomForm.read(request, timeout: bodyTimeout)
        guard let sent = try form.text("csrf"), RoomSecrets.equal(sent, key.csrf) else { throw .forgedForm }
        return (key, form)
    }

    /// Claims the form's key, runs `body`, and gives the key back when `body` is refused; a form sent twice is
    /// stored once (the second gets the same page back).
    func once(
        _ form: RoomForm, owner: String, _ body: () async throws(RoomError) -> Void
    ) async throws(RoomError) {
        let formKey = try form.required("formulier")
        guard await room.claim(formKey: formKey, owner: owner) else { return }
        do throws(RoomError) {
            try await body()
        } catch {
            await room.release(formKey: formKey, owner: owner)
            throw error
        }
    }

    private func submit(_ form: RoomForm, step id: Step.ID, for key: RoomKeys.ParticipantKey) async throws(RoomError)
        -> Response
    {
        let state = await room.runner.state
        guard let step = state.step(id) else { throw .refused(.unknownStep(id)) }
        guard state.openStep == id else { throw .refused(.stepNotOpen(id)) }
        try form.checkLengths(RoomWerkvormen.limits(for: step, state: state))
        let commands = try RoomWerkvormen.commands(for: step, form: form, state: state, participant: key.participant)
        try await once(form, owner: key.participant) { () async throws(RoomError) in
            for command in commands { try await room.perform(command) }
        }
        return HTMLPage.redirect(to: "/stap#eigen")
    }

    /// The participant's own input `id`; someone else's is refused (403), an unknown one too (422).
    static func own(_ id: InputID, of key: RoomKeys.ParticipantKey, in state: SessionState) throws(RoomError)
        -> InputRecord
    {
        guard let record = state.input(id) else { throw .refused(.unknownInput(id)) }
        guard record.participant == key.participant else { throw .notYours(id) }
        return record
    }

    private func revise(_ form: RoomForm, input id: InputID, for key: RoomKeys.ParticipantKey)
        async throws(RoomError) -> Response
    {
        let state = await room.runner.state
        let record = try Self.own(id, of: key, in: state)
        guard let step = state.step(record.step) else { throw .refused(.unknownStep(record.step)) }
        try form.checkLengths(RoomWerkvormen.limits(for: step, state: state))
        let input = try RoomWerkvormen.revision(
            for: step, form: form, state: state, participant: key.participant, revising: record)
        try await once(form, owner: key.participant) { () async throws(RoomError) in
            try await room.perform(.revise(id, input))
        }
        return HTMLPage.redirect(to: "/stap#eigen")
    }

    private func withdraw(_ form: RoomForm, input id: InputID, for key: RoomKeys.ParticipantKey)
        async throws(RoomError) -> Response
    {
        _ = try Self.own(id, of: key, in: await room.runner.state)
        try await once(form, owner: key.participant) { () async throws(RoomError) in
            try await room.perform(.withdraw(id))
        }
        return HTMLPage.redirect(to: "/stap#eigen")
    }
}
