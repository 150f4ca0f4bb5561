/// Unguessable values for the room: participant tokens, the facilitator secret, CSRF and form keys, the join code.
/// Drawn from the system's cryptographic generator (`SystemRandomNumberGenerator` reads getrandom on Linux).
enum RoomSecrets {
    /// 32 random bytes as 64 lowercase hex digits (256 bits).
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(64)
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            text += String(repeating: "0", count: 16 - hex.count) + hex
        }
        return text
    }

    /// A join code of six digits, for typing on a phone; it only keeps strangers out, the token identifies.
    static func joinCode() -> String {
        var generator = SystemRandomNumberGenerator()
        let number = Int.random(in: 0..<1_000_000, using: &generator)
        let digits = String(number)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// Compares two secrets in time that depends only on their lengths, not on where they first differ.
    static func equal(_ given: String, _ expected: String) -> Bool {
        let left = Array(given.utf8)
        let right = Array(expected.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
