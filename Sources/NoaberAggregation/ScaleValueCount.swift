/// How many answers gave one value of a scale: a bar of an answer distribution.
public struct ScaleValueCount: Sendable, Equatable {
    public var value: Int
    public var count: Int

    public init(value: Int, count: Int) {
        self.value = value
        self.count = count
    }
}
