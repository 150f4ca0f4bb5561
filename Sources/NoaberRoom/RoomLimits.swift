import Hummingbird
import NIOConcurrencyHelpers
import NIOCore

/// A token bucket per key (a participant token, an address): `burst` requests at once, refilled at `perSecond`.
final class RateLimiter: Sendable {
    struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let burst: Double
    let perSecond: Double
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])
    /// Above this many keys, full buckets are forgotten (they would allow a burst anyway).
    static let prunedAbove = 20_000

    init(burst: Int, perSecond: Double) {
        self.burst = Double(burst)
        self.perSecond = perSecond
    }

    /// Takes one token for `key`; false when its bucket is empty.
    func allow(_ key: String, now: ContinuousClock.Instant = .now) -> Bool {
        buckets.withLockedValue { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: burst, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(burst, bucket.tokens + seconds * perSecond)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            buckets[key] = bucket
            if buckets.count > Self.prunedAbove {
                buckets = buckets.filter { $0.value.tokens < burst - 1 }
            }
            return allowed
        }
    }
}

/// Refuses with 429 past the rate per address and per participant token.
struct RoomLimitsMiddleware: RouterMiddleware {
    typealias Context = RoomRequestContext
    let perAddress: RateLimiter
    let perParticipant: RateLimiter

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let token = request.cookies[RoomPages.participantCookie]?.value
        guard perAddress.allow(context.addressKey), token.map({ perParticipant.allow($0) }) ?? true else {
            var headers = HTMLPage.headers(contentType: "text/plain; charset=utf-8")
            headers[.retryAfter] = "2"
            return Response(
                status: .tooManyRequests, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: RoomError.tooManyRequests.message(in: .nl))))
        }
        return try await next(request, context)
    }
}

/// Closes a connection whose request head has not arrived within `timeout` of the connection opening (slowloris);
/// after the first head, the idle timeout watches the connection.
final class HeaderTimeoutHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    let timeout: TimeAmount
    private var deadline: Scheduled<Void>?

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { schedule(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        schedule(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelRead(data)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
    }

    private func schedule(_ context: ChannelHandlerContext) {
        guard deadline == nil else { return }
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }
}
