import Hummingbird
import NoaberCore

/// A posted form: the fields of an `application/x-www-form-urlencoded` body (decoded by Hummingbird's
/// `URLEncodedFormDecoder`), read up to `maximumBytes`, with a length limit on every field.
struct RoomForm: Sendable {
    /// A whole form: enough for a 10,000-character answer in escaped UTF-8, far below Hummingbird's 2 MiB.
    static let maximumBytes = 96 * 1024
    /// Fields without a limit of their own (ids, numbers, tokens).
    static let defaultFieldLimit = 200

    private let fields: [String: String]

    init(fields: [String: String]) { self.fields = fields }

    /// The form of `request`; refused when its body is larger than `maximumBytes` or takes longer than `timeout`.
    static func read(_ request: Request, timeout: Duration) async throws(RoomError) -> RoomForm {
        let body = request.body
        let result: ByteBuffer??
        do {
            result = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: maximumBytes) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                return try await group.next()
            }
        } catch {
            throw .bodyTooLarge(limit: maximumBytes)
        }
        guard let buffer = result ?? nil else { throw .bodyTimedOut }
        let text = String(buffer: buffer)
        guard !text.isEmpty else { return RoomForm(fields: [:]) }
        do {
            return RoomForm(fields: try URLEncodedFormDecoder().decode([String: String].self, from: text))
        } catch {
            throw .invalidField("formulier")
        }
    }

    /// The field `name`, at most `limit` characters (line breaks as typed: CR LF counts as one).
    func text(_ name: String, limit: Int = defaultFieldLimit) throws(RoomError) -> String? {
        guard let value = fields[name] else { return nil }
        guard value.count <= limit else { throw .fieldTooLong(field: name, limit: limit) }
        // Most fields (numbers, ids, tokens) have no line break: skip the search-and-replace for them.
        return value.contains("\r\n") ? value.replacingOccurrences(of: "\r\n", with: "\n") : value
    }

    /// The field `name`, required and not blank.
    func required(_ name: String, limit: Int = defaultFieldLimit) throws(RoomError) -> String {
        guard let value = try text(name, limit: limit), !value.trimmedWhitespace.isEmpty else {
            throw .invalidField(name)
        }
        return value
    }

    /// The field `name` as a whole number, if present and not empty.
    func number(_ name: String) throws(RoomError) -> Int? {
        guard let value = try text(name, limit: 12), !value.isEmpty else { return nil }
        guard let number = Int(value) else { throw .invalidField(name) }
        return number
    }

    /// Every field's length against its limit: `limits` by name, the default for the rest. Checked first, so that
    /// an oversized field is refused whatever else the form holds.
    func checkLengths(_ limits: [String: Int]) throws(RoomError) {
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            let limit = limits[name] ?? Self.defaultFieldLimit
            guard value.count <= limit else { throw .fieldTooLong(field: name, limit: limit) }
        }
    }

    var names: [String] { fields.keys.sorted() }
}
