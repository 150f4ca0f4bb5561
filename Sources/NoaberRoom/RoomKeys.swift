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

    /// One participant's line in the key file, after the first line (the keys as they were when the room opened).
    struct Entry: Codable {
        var token: String
        var participant: ParticipantID
        var csrf: String
    }

    /// The keys in `path`, or fresh ones when there is no such file yet. The file's first line holds the keys as
    /// they were when the room opened (a key file from before key lines existed is just that line); each later line
    /// adds one participant. A last line without its newline was being written when the process stopped: its
    /// join was never answered, so it is left out.
    static func load(from path: String) throws(RoomError) -> RoomKeys {
        guard FileManager.default.fileExists(atPath: path) else { return fresh() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .keyFile(path: path, reason: "\(error)")
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if data.last == UInt8(ascii: "\n") || lines.count > 1 { lines.removeLast() }
        let decoder = JSONDecoder()
        guard let first = lines.first, var keys = try? decoder.decode(RoomKeys.self, from: Data(first)) else {
            throw .keyFileLine(path: path, line: 1)
        }
        for (index, line) in lines.enumerated().dropFirst() {
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else {
                throw .keyFileLine(path: path, line: index + 1)
            }
            keys.participants[entry.token] = ParticipantKey(participant: entry.participant, csrf: entry.csrf)
        }
        return keys
    }

    /// Writes the keys atomically as one line, readable by the owner only.
    func save(to path: String) throws(RoomError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var data = try encoder.encode(self)
            data.append(UInt8(ascii: "\n"))
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
