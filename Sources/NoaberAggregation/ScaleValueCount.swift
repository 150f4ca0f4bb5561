/// How many answers gave one value of a scale: a bar of an answer distribution. Only the aggregation makes them
/// (with the memberwise initialiser); readers read them.
public struct ScaleValueCount: Sendable, Equatable {
    public var value: Int
    public var count: Int
}
