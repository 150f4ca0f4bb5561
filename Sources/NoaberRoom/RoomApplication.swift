public import Hummingbird
import Logging
public import NIOCore

/// Where and how the room listens.
public struct RoomServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// A connection with nothing read or written for this long is closed (slow clients cannot hold the server).
    public var idleTimeout: TimeAmount
    /// The request head must arrive within this time of the connection opening.
    public var headerTimeout: TimeAmount
    public var limits: RoomRequestLimits
    /// How long the room stays open after the session ended (for the personal reports).
    public var lingerAfterEnd: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, idleTimeout: TimeAmount = .seconds(30),
        headerTimeout: TimeAmount = .seconds(10), limits: RoomRequestLimits = RoomRequestLimits(),
        lingerAfterEnd: Duration = .seconds(900)
    ) {
        self.lingerAfterEnd = lingerAfterEnd
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.headerTimeout = headerTimeout
        self.limits = limits
    }
}

/// How many requests the room takes: per participant token, per address (a whole room shares one address behind
/// its router, so that one is generous), and how long one request may take.
public struct RoomRequestLimits: Sendable {
    public var participantBurst = 30
    public var participantPerSecond = 3.0
    public var addressBurst = 5_000
    public var addressPerSecond = 500.0
    /// A form's body must arrive within this time (a slow body cannot hold a handler).
    public var bodyTimeout: Duration = .seconds(20)

    public init() {}
}

/// Builds the room's Hummingbird application on a `Room` (that is, on the session's `SessionRunner`).
public enum RoomApplication {
    public static func build(
        room: Room, settings: RoomServerSettings = RoomServerSettings(),
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) throws(RoomError) -> some ApplicationProtocol {
        let router = try router(room: room, limits: settings.limits)
        let headerTimeout = settings.headerTimeout
        var logger = Logger(label: "noaber-room")
        logger.logLevel = .warning
        return Application(
            router: router,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [HeaderTimeoutHandler(timeout: headerTimeout)],
                    idleTimeout: settings.idleTimeout)),
            // A whole room may connect at the same moment (everyone presses "Versturen" when the step closes):
            // a queue of 256 pending connections, the default, sends the rest into TCP's one-second retry.
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: "noaber", backlog: 4096),
            onServerRunning: onServerRunning,
            logger: logger)
    }

    /// The routes, on their own for tests that drive the router without a socket.
    public static func router(room: Room, limits: RoomRequestLimits = RoomRequestLimits()) throws(RoomError)
        -> Router<RoomRequestContext>
    {
        let pages = RoomPages(room: room, templates: try RoomTemplates(), bodyTimeout: limits.bodyTimeout)
        let router = Router(context: RoomRequestContext.self)
        router.add(
            middleware: RoomLimitsMiddleware(
                perAddress: RateLimiter(burst: limits.addressBurst, perSecond: limits.addressPerSecond),
                perParticipant: RateLimiter(burst: limits.participantBurst, perSecond: limits.participantPerSecond)))
        pages.addAssetRoutes(to: router)
        pages.addJoinRoutes(to: router)
        pages.addParticipantRoutes(to: router)
        pages.addReportRoutes(to: router)
        pages.addFacilitatorRoutes(to: router)
        pages.addProjectorRoutes(to: router)
        return router
    }
}
