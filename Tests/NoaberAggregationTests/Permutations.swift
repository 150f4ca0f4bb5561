/// Orders of items for the brute-force reference tests.
enum Permutations {
    /// Every order of `0..<n`, in lexicographic order (brute-force references enumerate them).
    static func all(_ n: Int) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        var used = [Bool](repeating: false, count: n)
        func extend() {
            if current.count == n {
                result.append(current)
                return
            }
            for c in 0..<n where !used[c] {
                used[c] = true
                current.append(c)
                extend()
                current.removeLast()
                used[c] = false
            }
        }
        extend()
        return result
    }
}
