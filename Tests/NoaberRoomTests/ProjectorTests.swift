import Foundation
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

@Suite struct ProjectorTests {
    static let values = ["v1", "v2", "v3", "v4", "v5"]

    @Test func projectorNeedsTheSecret() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        let code = await harness.room.joinCode
        try await harness.test { browser in
            for path in ["/leiding/fout/scherm", "/leiding/fout/scherm/qr.svg", "/leiding/fout/scherm/stroom"] {
                #expect(try await browser.get(path).status == .forbidden, "\(path)")
            }
            let page = try await browser.get("/leiding/\(secret)/scherm")
            #expect(page.status == .ok)
            #expect(page.body.contains("<strong class=\"code\">\(code)</strong>"))
            #expect(page.body.contains("<h1 id=\"scherm-titel\">Welkom</h1>"))
            #expect(page.body.contains("src=\"scherm/qr.svg\""))
            #expect(!page.body.contains(secret), "the screen itself never carries the secret")
            let qr = try await browser.get("/leiding/\(secret)/scherm/qr.svg")
            #expect(qr.headers[.contentType] == "image/svg+xml")
            #expect(qr.body.hasPrefix("<svg") && qr.body.contains("<path"))
        }
    }

    @Test func showsTheCountThenTheResultsWithoutNames() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.perform(.join(name: "Anna de Vries", group: nil, pseudonym: nil))
        try await harness.perform(.join(name: "Bram Jansen", group: nil, pseudonym: nil))
        try await harness.perform(.join(name: "Chantal Bakker", group: nil, pseudonym: nil))
        try await harness.perform(.open("waarden"))
        try await harness.perform(.submit(participant: "p1", step: "waarden", input: .rank(Self.values)))
        try await harness.perform(.submit(participant: "p2", step: "waarden", input: .rank(Self.values)))
        try await harness.test { browser in
            let hidden = try await browser.get("/leiding/\(secret)/scherm")
            #expect(hidden.body.contains("<h1 id=\"scherm-titel\">Stap waarden</h1>"))
            #expect(hidden.body.contains("<p class=\"vraag\">Vraag waarden?</p>"))
            #expect(hidden.body.contains("data-beantwoord=\"2\">2 van de 3 deelnemers hebben geantwoord.</p>"))
            #expect(!hidden.body.contains("Resultaten"), "results wait for the facilitator")
            try await harness.perform(.showResults("waarden", true))
            let shown = try await browser.get("/leiding/\(secret)/scherm")
            #expect(shown.body.contains("<h2 id=\"resultaten-kop\">Resultaten</h2>"))
            #expect(shown.body.contains("<span class=\"staaf-label\">1. Gelijkheid</span>"))
            #expect(shown.body.contains("<rect width=\"100\" height=\"4\"/>"))
            #expect(shown.body.contains("gemiddelde plaats 1"))
            #expect(shown.body.contains("Er is sterke overeenstemming in de groep over de volgorde (W = 1,00)."))
            for name in ["Anna", "Bram", "Chantal", "Deelnemer"] { #expect(!shown.body.contains(name), "\(name)") }
        }
    }

    @Test func aPrivateStepsAnswersNeverReachTheScreen() async throws {
        let harness = try await RoomHarness(privateSteps: ["vraag"])
        let secret = await harness.room.facilitatorSecret
        try await harness.perform(.join(name: "Anna de Vries", group: nil, pseudonym: nil))
        try await harness.perform(.open("vraag"))
        try await harness.perform(
            .submit(participant: "p1", step: "vraag", input: .open(item: nil, text: "Ik durf minder dan ik wil.")))
        try await harness.perform(.showResults("vraag", true))
        try await harness.test { browser in
            let screen = try await browser.get("/leiding/\(secret)/scherm")
            #expect(screen.body.contains("1 van de 1 deelnemers heeft geantwoord."))
            #expect(screen.body.contains("Dit is een persoonlijke stap: de antwoorden blijven bij de deelnemers."))
            #expect(!screen.body.contains("Ik durf minder"))
        }
    }

    @Test func timerShowsPlannedAgainstElapsedAndOverrun() async throws {
        let harness = try await RoomHarness()
        try await harness.perform(.open("keuze"))
        let state = await harness.state
        let opened = try #require(state.stepState("keuze")?.runningSince)
        let later = Timestamp(millisecondsSince1970: opened.millisecondsSince1970 + 6 * 60_000 + 30_000)
        let screen = ProjectorScreen(state: state, now: later, joinCode: "123456", joinURL: "http://zaal/?code=123456")
        let templates = try RoomTemplates()
        let html = templates.render("projector-scherm", screen.context)
        #expect(html.contains("<span id=\"verstreken\">06:30</span> van <span id=\"gepland\">05:00</span> gepland"))
        #expect(html.contains("class=\"tijd over\""))
        #expect(html.contains("01:30 over tijd"), "over time in words, not by colour alone")
        let onTime = ProjectorScreen(state: state, now: opened, joinCode: "123456", joinURL: "")
        #expect(!templates.render("projector-scherm", onTime.context).contains("over tijd"))
        #expect(ProjectorScreen.clock(3_725_000) == "1:02:05")
    }

    @Test func aBurstOfSubmissionsIsRenderedAFewTimesNotPerEvent() async throws {
        let harness = try await RoomHarness()
        for number in 1...60 {
            try await harness.perform(.join(name: "Deelnemer \(number)", group: nil, pseudonym: nil))
        }
        try await harness.perform(.open("waarden"))
        let feed = ProjectorFeed(room: harness.room, templates: try RoomTemplates())
        let (_, messages) = await feed.subscribe()
        let rendersBefore = await feed.renders
        let started = ContinuousClock.now
        for number in 1...60 {
            try await harness.perform(
                .submit(participant: "p\(number)", step: "waarden", input: .rank(Self.values.shuffled())))
        }
        var last = ""
        for await message in messages {
            guard case .screen(let html) = message else { continue }
            last = html
            if html.contains("data-beantwoord=\"60\"") { break }
        }
        #expect(last.contains("60 van de 60 deelnemers hebben geantwoord."))
        let renders = await feed.renders - rendersBefore
        let elapsed = ContinuousClock.now - started
        // At most one render per interval, plus the one a new event may start at once.
        let slots = Int((elapsed / ProjectorFeed.interval).rounded(.up)) + 1
        #expect(renders <= slots, "\(renders) renders in \(elapsed)")
        #expect(renders < 60)
        await feed.finishAll()
    }

    @Test func eventStreamFormat() {
        #expect(RoomPages.serverSentEvent(.heartbeat) == ": wacht\n\n")
        #expect(
            RoomPages.serverSentEvent(.screen("<p>a</p>\n<p>b</p>"))
                == "event: scherm\ndata: <p>a</p>\ndata: <p>b</p>\n\n")
        #expect(RoomPages.serverSentEvent(.screen("a\r\nb")) == "event: scherm\ndata: a\ndata: b\n\n")
    }
}
