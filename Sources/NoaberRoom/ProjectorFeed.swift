import NoaberCore
import NoaberQR
import NoaberSession

/// The projector's live picture of one room, shared by every open projector page (usually one, on the beamer).
///
/// It follows the session's committed events (`SessionRunner.events`), so a submission reaches the projector only
/// once it is durable. Events are not rendered one by one: the first event after a quiet spell schedules one render
/// `interval` after the previous render, and every event until then rides along, so a burst of two thousand
/// submissions costs a few renders a second, not two thousand, while one submission on a quiet evening shows
/// within `interval`. A heartbeat every `heartbeat` keeps idle connections open past the server's idle timeout.
actor ProjectorFeed {
    /// What a projector connection is sent.
    enum Message: Sendable, Equatable {
        /// The screen's content, rendered (HTML, escaped by the templates).
        case screen(String)
        /// Nothing new: a keep-alive.
        case heartbeat
    }

    static let interval: Duration = .milliseconds(250)
    static let heartbeat: Duration = .seconds(15)

    private let room: Room
    private let templates: RoomTemplates
    private var runner: SessionRunner { room.runner }
    /// The URL the QR code and the screen show (learnt from the projector page's own address: the facilitator
    /// opens it at the address `noaber serve` printed for the room's network).
    private(set) var joinURL = ""
    private var joinCode: String?
    private var qrCache: (url: String, svg: String)?
    private var subscribers: [Int: AsyncStream<Message>.Continuation] = [:]
    private var nextSubscriber = 0
    private var latest: String?
    private var lastRender: ContinuousClock.Instant?
    private var scheduled: Task<Void, Never>?
    private var follower: Task<Void, Never>?
    private var beat: Task<Void, Never>?
    /// How many times the screen was rendered; tests check that a burst is coalesced.
    private(set) var renders = 0

    init(room: Room, templates: RoomTemplates) {
        self.room = room
        self.templates = templates
    }

    /// Sets the join URL from the address the projector page was asked at; a change shows at once.
    func learnJoinURL(host: String?) async {
        let code = await room.joinCode
        joinCode = code
        guard let host, !host.isEmpty, host.allSatisfy(Self.isHostCharacter) else { return }
        let url = "http://\(host)/?code=\(code)"
        guard url != joinURL else { return }
        joinURL = url
        if !subscribers.isEmpty || latest != nil { await publish() }
    }

    /// The join URL as a QR code (SVG), made once per URL.
    func qrCode() -> String {
        if let qrCache, qrCache.url == joinURL { return qrCache.svg }
        let svg = (try? QRCode(encoding: joinURL.isEmpty ? "?" : joinURL).svg()) ?? ""
        qrCache = (joinURL, svg)
        return svg
    }

    /// Letters, digits and what a host and port may hold (`[::1]:8080`); anything else in a Host header is not
    /// echoed into the QR code.
    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".-:[]".contains(character))
    }

    /// A new connection's messages: the current screen at once, then each new one. Only the newest unsent screen
    /// is kept for a slow connection (an older one is worthless once a newer exists).
    func subscribe() async -> (id: Int, messages: AsyncStream<Message>) {
        let (messages, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(2))
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        if latest == nil { await publish() }
        if let latest { continuation.yield(.screen(latest)) }
        startFollowing()
        return (id, messages)
    }

    /// Ends a connection's stream (it left, or the server shuts down).
    func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Ends every connection: the session's runner closed, or the server is going down.
    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
        follower?.cancel()
        beat?.cancel()
        scheduled?.cancel()
        (follower, beat, scheduled) = (nil, nil, nil)
    }

    /// The screen as it is now (the page's first load, without waiting for an event).
    func current() async -> ProjectorScreen {
        if joinCode == nil { joinCode = await room.joinCode }
        return ProjectorScreen(state: await runner.state, now: runner.now(), joinCode: joinCode ?? "", joinURL: joinURL)
    }

    private func startFollowing() {
        guard follower == nil else { return }
        let runner = runner
        follower = Task {
            let from = await runner.state.lastSequence
            for await _ in runner.events(after: from) { self.changed() }
            self.finishAll()
        }
        beat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.heartbeat)
                self.broadcast(.heartbeat)
            }
        }
    }

    /// An event was committed: render at the next slot unless a render is scheduled already.
    private func changed() {
        guard scheduled == nil else { return }
        let clock = ContinuousClock()
        let due = lastRender.map { $0.advanced(by: Self.interval) } ?? clock.now
        scheduled = Task {
            if due > clock.now { try? await Task.sleep(until: due, clock: clock) }
            await self.publish()
        }
    }

    private func publish() async {
        scheduled = nil
        let screen = templates.render("projector-scherm", await current().context)
        renders += 1
        lastRender = ContinuousClock().now
        guard screen != latest else { return }
        latest = screen
        broadcast(.screen(screen))
    }

    private func broadcast(_ message: Message) {
        for continuation in subscribers.values { continuation.yield(message) }
    }
}
