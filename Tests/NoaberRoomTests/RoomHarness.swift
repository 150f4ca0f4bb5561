import Foundation
import Hummingbird
import HummingbirdTesting
import NoaberCore
import NoaberSession
import NoaberStore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

/// A room on the sample scenario (every werkvorm once) in a temporary store, with a simulated clock, and a client
/// that keeps cookies like a browser and reads forms from the pages it gets.
final class RoomHarness: Sendable {
    let directory: TemporaryDirectory
    let runner: SessionRunner
    let room: Room

    init(pseudonymous: Bool = false, address: FormOfAddress? = nil, privateSteps: Set<Step.ID> = []) async throws {
        directory = try TemporaryDirectory(prefix: "noaber-room")
        let store = try SessionStore(path: directory.path("noaber.sqlite"))
        var settings = SessionSamples.settings(pseudonymous: pseudonymous)
        if let address { settings.scenario.declaredAddress = address }
        for index in settings.scenario.steps.indices where privateSteps.contains(settings.scenario.steps[index].id) {
            settings.scenario.steps[index].isPrivate = true
        }
        runner = try await SessionRunner.start(
            settings, store: store,
            clock: SimulatedClock(start: SessionSamples.start))
        room = try Room(
            runner: runner, keysPath: directory.path("sleutels.json"), exportFolder: directory.path("export"))
    }

    /// Runs `body` against the router (no socket).
    func test(_ body: @escaping @Sendable (RoomBrowser) async throws -> Void) async throws {
        let app = Application(router: try RoomApplication.router(room: room))
        try await app.test(.router) { client in
            try await body(RoomBrowser(client: client))
        }
    }

    var state: SessionState { get async { await runner.state } }

    /// A room with one participant (`name`) who joined through the join page.
    @discardableResult
    static func joined(
        as name: String = "Anna", _ body: @escaping @Sendable (RoomHarness, RoomBrowser) async throws -> Void
    ) async throws -> RoomHarness {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            try await browser.join(name, code: await harness.room.joinCode)
            try await body(harness, browser)
        }
        return harness
    }

    /// A room with `step` open and one participant (`name`) on its page: `body` gets the browser and that page.
    @discardableResult
    static func onStep(
        _ step: Step.ID, as name: String = "Anna",
        _ body: @escaping @Sendable (RoomHarness, RoomBrowser, RoomBrowser.Page) async throws -> Void
    ) async throws -> RoomHarness {
        let harness = try await RoomHarness()
        try await harness.perform(.open(step))
        try await harness.test { browser in
            try await browser.join(name, code: await harness.room.joinCode)
            try await body(harness, browser, try await browser.get("/stap"))
        }
        return harness
    }

    func perform(_ command: SessionCommand) async throws {
        _ = try await runner.perform(command)
    }
}

/// One browser: its cookies, and the last page it got.
final class RoomBrowser: @unchecked Sendable {
    // @unchecked: a browser is used by one test task at a time.
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var location: String?
        var body: String
        var headers: HTTPFields

        /// The value of the first `<input … name="NAME" value="…">` on the page (forms are rendered with
        /// `name` before `value`).
        func field(_ name: String) -> String? {
            guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = body[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    @discardableResult
    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: body)
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        return Page(
            status: response.status, location: response.headers[.location], body: String(buffer: response.body),
            headers: response.headers)
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Posts the form of `page` (its CSRF token and form key, then `fields`) to `action`.
    @discardableResult
    func submit(_ page: Page, to action: String, _ fields: [(String, String)]) async throws -> Page {
        try await post(
            action, [("csrf", page.field("csrf") ?? ""), ("formulier", page.field("formulier") ?? "")] + fields)
    }

    /// Joins through the join page with `name`; returns the page the redirect leads to.
    @discardableResult
    func join(_ name: String, code: String) async throws -> Page {
        let joined = try await submit(try await get("/"), to: "/aanmelden", [("code", code), ("naam", name)])
        #expect(joined.status == .seeOther)
        return joined
    }
}
