import Foundation

/// File names for personal reports made from participants' names: one path component, no way out of the folder.
enum SafeFileName {
    /// Longest stem in characters; file systems allow 255 bytes, and a name in UTF-8 may take four per character.
    static let maxLength = 60

    /// A safe stem: NFC; path separators, control characters and characters Windows forbids (`<>:"|?*`) become
    /// `-`; leading dots and spaces are dropped (no `..`, no hidden files); never empty.
    static func stem(_ name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "<", ">", "\"", "|", "?", "*"]
        var result = ""
        for character in name.precomposedStringWithCanonicalMapping {
            let isControl = character.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
            }
            result.append(forbidden.contains(character) || isControl ? "-" : character)
        }
        while let first = result.first, first == "." || first == " " || first == "-" { result.removeFirst() }
        result = String(result.prefix(maxLength))
        while let last = result.last, last == "." || last == " " { result.removeLast() }
        if reserved.contains(result.uppercased()) { result = "_" + result }
        return result.isEmpty ? "deelnemer" : result
    }

    /// Names Windows refuses whatever the extension.
    private static let reserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// One stem per name, in order, unique without regard to case (`Anna`, `anna-2`): safe on case-insensitive
    /// file systems too.
    static func uniqueStems(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            let base = stem(name)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}
