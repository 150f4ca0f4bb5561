public import NoaberCore
public import NoaberSession

/// One session's room: the runner every front end shares, and the keys that say who is who. Every submission goes
/// through `perform`, that is through `SessionRunner.perform`, which returns only once the event is in the journal:
/// a page is answered after that, never before.
public actor Room {
    public nonisolated let runner: SessionRunner
    /// Where the keys are kept between runs of `noaber serve`; nil keeps them in memory (tests).
    public nonisolated let keysPath: String?
    /// Where the facilitator's export goes (default `Exports/<session-id>`).
    public nonisolated let exportFolder: String?
    public private(set) var keys: RoomKeys
    /// Where each new participant's key line goes before their join is answered (nil without a key file).
    private let keyLog: RoomKeyLog?
    /// Form keys (one per rendered form) already used, so that a form sent twice is stored once; oldest first.
    private var usedFormKeys: [String: String] = [:]
    private var usedFormKeyOrder: [String] = []
    static let rememberedFormKeys = 50_000

    public init(runner: SessionRunner, keysPath: String? = nil, exportFolder: String? = nil) throws(RoomError) {
        self.runner = runner
        self.keysPath = keysPath
        self.exportFolder = exportFolder
        keys = try keysPath.map { path throws(RoomError) in try RoomKeys.load(from: path) } ?? .fresh()
        // Written afresh as one line when the room opens, so that the file does not grow across restarts.
        if let keysPath { try keys.save(to: keysPath) }
        keyLog = try keysPath.map { path throws(RoomError) in try RoomKeyLog(path: path) }
    }

    public var joinCode: String { keys.joinCode }
    public var facilitatorSecret: String { keys.facilitatorSecret }

    /// The participant a token stands for, if the room gave it out.
    func participant(token: String?) -> RoomKeys.ParticipantKey? {
        guard let token, token.count == 64 else { return nil }
        return keys.participants[token]
    }

    /// Joins through the engine, then gives out a token; the key file is written before the caller answers.
    func join(name: String, pseudonym: String?) async throws(RoomError) -> (token: String, key: RoomKeys.ParticipantKey)
    {
        let event = try await perform(.join(name: name, group: nil, pseudonym: pseudonym))
        guard case .participantJoined(let participant) = event.payload else {
            throw .unavailable("participantJoined expected")
        }
        return try await handOut(to: participant.id)
    }

    /// A new token and CSRF token for a participant who has just joined, kept in the key file first.
    private func handOut(to participant: ParticipantID) async throws(RoomError) -> (
        token: String, key: RoomKeys.ParticipantKey
    ) {
        let token = RoomSecrets.token()
        let key = RoomKeys.ParticipantKey(participant: participant, csrf: RoomSecrets.token())
        try await keyLog?.append(RoomKeys.Entry(token: token, participant: participant, csrf: key.csrf))
        keys.participants[token] = key
        return (token, key)
    }

    /// Runs one command through the session's runner; the event is committed when this returns.
    @discardableResult
    func perform(_ command: SessionCommand) async throws(RoomError) -> SessionEvent {
        do throws(CommandError) {
            return try await runner.perform(command)
        } catch {
            switch error {
            case .refused(let refusal): throw .refused(refusal)
            case .storage, .closed: throw .unavailable(error.message(in: .nl))
            }
        }
    }

    /// Claims a form key for `owner`: false when that form was sent already (then nothing is stored again).
    func claim(formKey: String, owner: String) -> Bool {
        let key = owner + "/" + formKey
        guard usedFormKeys[key] == nil else { return false }
        usedFormKeys[key] = owner
        usedFormKeyOrder.append(key)
        if usedFormKeyOrder.count > Self.rememberedFormKeys {
            let dropped = usedFormKeyOrder.prefix(Self.rememberedFormKeys / 2)
            for old in dropped { usedFormKeys[old] = nil }
            usedFormKeyOrder.removeFirst(dropped.count)
        }
        return true
    }

    /// Gives a claimed form key back after the command was refused, so that the corrected form can be sent.
    func release(formKey: String, owner: String) {
        usedFormKeys[owner + "/" + formKey] = nil
    }
}
