import Foundation

/// File names for personal reports made from participants' names: one path component, no way out of the folder.
enum SafeFileName {
    /// Longest stem in UTF-8 bytes. File systems allow 255 bytes per name; a stem also gets a uniqueness suffix
    /// (`-12`) and an extension (`.odt`, `.pdf`), and a grapheme (an emoji with modifiers, a letter with many
    /// accents) can take dozens of bytes, so the cap counts bytes, not characters, and leaves ample room.
    static let maxBytes = 120

    /// A safe stem: NFC; path separators, control characters and characters Windows forbids (`<>:"|?*`) become
    /// `-`; leading dots and spaces are dropped (no `..`, no hidden files); never empty.
    static func stem(_ name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "<", ">", "\"", "|", "?", "*"]
        var result = ""
        for character in name.precomposedStringWithCanonicalMapping {
            // Zero-width (non-)joiners are format characters that emoji sequences and some scripts need.
            let isControl = character.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                    || ($0.properties.generalCategory == .format && $0 != "\u{200C}" && $0 != "\u{200D}")
            }
            result.append(forbidden.contains(character) || isControl ? "-" : character)
        }
        while let first = result.first, first == "." || first == " " || first == "-" { result.removeFirst() }
        result = prefix(result, maxBytes: maxBytes)
        while let last = result.last, last == "." || last == " " { result.removeLast() }
        if reserved.contains(result.uppercased()) { result = "_" + result }
        return result.isEmpty ? "deelnemer" : result
    }

    /// The longest prefix of `text` of at most `maxBytes` UTF-8 bytes that ends on a grapheme boundary (a
    /// character is never cut in half, nor separated from its accents or emoji modifiers).
    static func prefix(_ text: String, maxBytes: Int) -> String {
        var result = ""
        var bytes = 0
        for character in text {
            let size = character.utf8.count
            guard bytes + size <= maxBytes else { break }
            result.append(character)
            bytes += size
        }
        return result
    }

    /// Names Windows refuses whatever the extension.
    private static let reserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// One stem per name, in order, unique without regard to case (`Anna`, `anna-2`): safe on case-insensitive
    /// file systems too. A suffix never pushes a stem over `maxBytes`: the base is shortened to make room.
    static func uniqueStems(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            let base = stem(name)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = "-\(number)"
                candidate = prefix(base, maxBytes: maxBytes - suffix.utf8.count) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}
