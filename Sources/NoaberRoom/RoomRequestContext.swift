public import Hummingbird
public import NIOCore

/// The request context of the room: Hummingbird's core storage plus the address the request came from (the
/// per-address rate limit; a room shares one address behind its router, so that limit is generous).
public struct RoomRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The address as a rate-limit key ("lokaal" when the channel has none, as in the router tests).
    var addressKey: String { remoteAddress?.ipAddress ?? "lokaal" }
}
