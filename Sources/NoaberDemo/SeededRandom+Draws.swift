public import NoaberCore

/// The draws the simulators make. Their exact arithmetic is part of the demo's output: changing one changes
/// `Exports/voorbeeld/`.
extension SeededRandom {
    /// Uniform in 0..<bound (0 for an empty range).
    public mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    public mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
