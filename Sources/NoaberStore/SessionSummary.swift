public import NoaberCore

/// One line of `noaber sessions`: what a facilitator needs to pick a session to resume, export or purge.
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

    public init(
        id: SessionID, scenarioID: String, scenarioVersion: String, startedAt: Timestamp, place: String,
        facilitator: String, participants: Int, inputs: Int, events: Int, lastEventAt: Timestamp, state: State
    ) {
        self.id = id
        self.scenarioID = scenarioID
        self.scenarioVersion = scenarioVersion
        self.startedAt = startedAt
        self.place = place
        self.facilitator = facilitator
        self.participants = participants
        self.inputs = inputs
        self.events = events
        self.lastEventAt = lastEventAt
        self.state = state
    }
}
