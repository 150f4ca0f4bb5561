/// `rate`: score items on a scale.
public struct RateSettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    public var scale: Scale

    public init(items: ItemSource, scale: Scale) {
        self.items = items
        self.scale = scale
    }
}

extension SessionState {
    /// Distinct known items, each with a value on the scale.
    func validateRate(_ scores: [ItemScore], settings: RateSettings, own: StepParticipant) throws(SessionError) {
        try requireDistinctKnown(scores.map(\.item), own)
        for score in scores where !settings.scale.contains(score.value) {
            throw .valueOffScale(value: score.value, min: settings.scale.min, max: settings.scale.max)
        }
    }
}
