import Foundation
public import NoaberCore

/// What identifies people in one room: the join code, the facilitator's secret and CSRF token, and the participant
/// tokens. None of it goes into the journal or the exports. With a `path` it is kept in a file of its own (mode
/// 0600, written before a join is acknowledged) so that `noaber serve --session ID` keeps everyone signed in; the
/// file is removed when the session has ended and the server stops.
public struct RoomKeys: Sendable, Equatable, Codable {
    public var joinCode: String
    public var facilitatorSecret: String
    public var facilitatorCSRF: String
    /// Participant token → the participant and the CSRF token of their forms.
    public var participants: [String: ParticipantKey]

    public struct ParticipantKey: Sendable, Equatable, Codable {
        public var participant: ParticipantID
        public var csrf: String
    }

    public static func fresh() -> RoomKeys {
        RoomKeys(
            joinCode: RoomSecrets.joinCode(), facilitatorSecret: RoomSecrets.token(),
            facilitatorCSRF: RoomSecrets.token(), participants: [:])
    }

    /// The keys in `path`, or fresh ones when there is no such file yet.
    static func load(from path: String) throws(RoomError) -> RoomKeys {
        guard FileManager.default.fileExists(atPath: path) else { return fresh() }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(RoomKeys.self, from: data)
        } catch {
            throw .keyFile(path: path, reason: "\(error)")
        }
    }

    /// Writes the keys atomically, readable by the owner only.
    func save(to path: String) throws(RoomError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(self)
            let temporary = path + ".tmp"
            FileManager.default.createFile(
                atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            if rename(temporary, path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .keyFile(path: path, reason: "\(error)")
        }
    }
}
