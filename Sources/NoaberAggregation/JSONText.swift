import Foundation

/// A JSON value whose objects keep their key order, for output that other tools check and people diff.
///
/// Numbers that are integral print as JSON integers; others print as the shortest text that reads back to the
/// same `Double`. Strings are escaped by Foundation's `JSONEncoder`.
public indirect enum JSONText: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered() == rhs.rendered() }

    /// Pretty text: containers of scalars stay on one line, others take one line per element.
    public func rendered(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .number(let value): return Self.numberText(value)
        case .string(let value): return Self.quoted(value)
        case .array(let elements):
            if elements.allSatisfy(\.isScalar) || elements.allSatisfy(\.isFlatArray) {
                return "[" + elements.map { $0.rendered() }.joined(separator: ", ") + "]"
            }
            let inner = indent + "  "
            return "[\n" + elements.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)]"
        case .object(let members):
            if members.allSatisfy({ $0.1.isScalar }) {
                return "{" + members.map { "\(Self.quoted($0.0)): \($0.1.rendered())" }.joined(separator: ", ") + "}"
            }
            let inner = indent + "  "
            return "{\n"
                + members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: inner))" }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private var isFlatArray: Bool {
        if case .array(let elements) = self { elements.allSatisfy(\.isScalar) } else { false }
    }

    /// Integral values as integers (so `6.0` prints `6`), the rest in Swift's shortest round-trip form.
    static func numberText(_ value: Double) -> String {
        precondition(value.isFinite, "JSON has no text for \(value)")
        if value == value.rounded(), abs(value) < 9.0e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail; the fallback keeps the output valid JSON regardless.
        guard let data = try? encoder.encode(text), let quoted = String(data: data, encoding: .utf8) else {
            return "\"\""
        }
        return quoted
    }
}
