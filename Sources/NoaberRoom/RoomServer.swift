public import Foundation
import Hummingbird
import Logging
public import NIOCore
public import NoaberCore
import ServiceLifecycle

/// Runs the room until SIGTERM or SIGINT (graceful shutdown through swift-service-lifecycle: open requests finish,
/// then the server stops) or until the session ends (the facilitator's `end`, on the page or at the console) and
/// `lingerAfterEnd` has passed, so that participants can still download their personal reports.
/// Every acknowledged submission is in the journal already (the runner commits before it answers), so stopping
/// loses nothing acknowledged.
public enum RoomServer {
    /// The addresses people use: `listening` is the bound socket address (its port is the real one when `port` was
    /// 0). Called once the server listens.
    public typealias Announce = @Sendable (_ port: Int) async -> Void

    public static func run(
        room: Room, settings: RoomServerSettings, announce: @escaping Announce,
        ended: @escaping @Sendable () async -> Void = {}
    ) async throws {
        let app = try RoomApplication.build(room: room, settings: settings) { channel in
            await announce(channel.localAddress?.port ?? settings.port)
        }
        var logger = Logger(label: "noaber-room")
        logger.logLevel = .warning
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                // The session's end stops the room, after `lingerAfterEnd` for the personal reports' downloads.
                let state = await room.runner.state
                if !state.isEnded {
                    for await event in room.runner.events(after: state.lastSequence) {
                        if case .sessionEnded = event.payload { break }
                    }
                }
                guard !Task.isCancelled else { return }
                await ended()
                try? await Task.sleep(for: settings.lingerAfterEnd)
                await group.triggerGracefulShutdown()
            }
            try await tasks.next()
            tasks.cancelAll()
        }
    }

    /// The machine's IPv4 addresses on its networks (not loopback), for the URLs printed with `--host 0.0.0.0`.
    public static func networkAddresses() -> [String] {
        let devices = (try? System.enumerateDevices()) ?? []
        var addresses: [String] = []
        for device in devices {
            guard let address = device.address, case .v4 = address, let ip = address.ipAddress,
                !ip.hasPrefix("127.")
            else { continue }
            if !addresses.contains(ip) { addresses.append(ip) }
        }
        return addresses
    }

    /// Whether `host` is a loopback address (then phones in the room cannot reach the server).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1"
    }
}
