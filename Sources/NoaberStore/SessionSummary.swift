public import NoaberCore

/// One line of `noaber sessions`: what a facilitator needs to pick a session to resume, export or purge. Only the
/// store makes them (with the memberwise initialiser).
public struct SessionSummary: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Equatable, Codable {
        /// Still accepting input (running, or interrupted and resumable).
        case open
        case ended

        /// `open` / `beëindigd` as the room says it.
        public func label(in language: Language) -> String {
            switch (self, language) {
            case (.open, .nl): "open"
            case (.open, .en): "open"
            case (.ended, .nl): "beëindigd"
            case (.ended, .en): "ended"
            }
        }
    }

    public var id: SessionID
    public var scenarioID: String
    public var scenarioVersion: String
    public var startedAt: Timestamp
    public var place: String
    public var facilitator: String
    /// Joined minus left.
    public var participants: Int
    /// Submitted minus withdrawn.
    public var inputs: Int
    public var events: Int
    public var lastEventAt: Timestamp
    public var state: State
}
