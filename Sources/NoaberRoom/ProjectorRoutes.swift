import Hummingbird
import NoaberCore
import ServiceLifecycle

/// The projector behind the facilitator's secret (the screen shows the join code, which only the room should
/// see): `GET /leiding/SECRET/scherm` (the page), `…/scherm/stroom` (server-sent events: the screen again after
/// each change, coalesced by `ProjectorFeed`), `…/scherm/qr.svg` (the join URL as a QR code). The page refers to
/// the other two relatively, so the secret never enters the rendered screen.
extension RoomPages {
    func addProjectorRoutes(to router: Router<RoomRequestContext>) {
        let feed = ProjectorFeed(room: room, templates: templates)
        router.get("/leiding/{secret}/scherm") { request, context in
            if let refusal = await projectorRefusal(context) {
                return try errorPage(refusal).response(from: request, context: context)
            }
            await feed.learnJoinURL(host: request.head.authority)
            var values = await feed.current().context
            values["projector"] = true
            return try page("projector", title: "Scherm", values).response(from: request, context: context)
        }
        router.get("/leiding/{secret}/scherm/qr.svg") { request, context in
            try await handling(
                { () async throws(RoomError) -> Response in
                    if let refusal = await projectorRefusal(context) { throw refusal }
                    await feed.learnJoinURL(host: request.head.authority)
                    let svg = await feed.qrCode()
                    return Response(
                        status: .ok, headers: HTMLPage.headers(contentType: "image/svg+xml"),
                        body: .init(byteBuffer: ByteBuffer(string: svg)))
                }, request: request, context: context)
        }
        router.get("/leiding/{secret}/scherm/stroom") { request, context in
            try await handling(
                { () async throws(RoomError) -> Response in
                    if let refusal = await projectorRefusal(context) { throw refusal }
                    return await Self.eventStream(feed)
                }, request: request, context: context)
        }
    }

    /// Why a projector request is refused: nil with the facilitator's secret (compared in constant time).
    private func projectorRefusal(_ context: RoomRequestContext) async -> RoomError? {
        guard let given = context.parameters.get("secret"), RoomSecrets.equal(given, await room.facilitatorSecret)
        else { return .notFacilitator }
        return nil
    }

    /// `text/event-stream`: an `scherm` event with the screen's HTML per change, a comment line as heartbeat. The
    /// stream ends when the connection closes, the session's runner closes, or the server shuts down gracefully.
    static func eventStream(_ feed: ProjectorFeed) async -> Response {
        let (id, messages) = await feed.subscribe()
        var headers = HTMLPage.headers(contentType: "text/event-stream; charset=utf-8")
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await withGracefulShutdownHandler {
                    for await message in messages {
                        try await writer.write(ByteBuffer(string: Self.serverSentEvent(message)))
                    }
                } onGracefulShutdown: {
                    Task { await feed.unsubscribe(id) }
                }
                await feed.unsubscribe(id)
                try await writer.finish(nil)
            })
    }

    /// One message in the event-stream format: every line of the HTML as a `data:` line.
    static func serverSentEvent(_ message: ProjectorFeed.Message) -> String {
        switch message {
        case .heartbeat:
            return ": wacht\n\n"
        case .screen(let html):
            let lines = html.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { "data: \($0)" }
            return "event: scherm\n" + lines.joined(separator: "\n") + "\n\n"
        }
    }
}
