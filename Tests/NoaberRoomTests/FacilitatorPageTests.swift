import Foundation
import Hummingbird
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

/// The facilitator's page: every action through the secret, its CSRF token and the runner; refused without them.
@Suite struct FacilitatorPageTests {
    /// Posts `action` from the facilitator's page with the page's CSRF token and a fresh form key.
    static func act(
        _ browser: RoomBrowser, secret: String, _ action: String, _ fields: [(String, String)] = []
    ) async throws -> RoomBrowser.Page {
        let page = try await browser.get("/leiding/\(secret)")
        #expect(page.status == .ok)
        return try await browser.post(
            "/leiding/\(secret)/\(action)",
            [("csrf", page.field("csrf") ?? ""), ("formulier", RoomSecrets.token())] + fields)
    }

    @Test func stepsOpenCloseAndReopenAndResultsShowAndHide() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.test { browser in
            let page = try await browser.get("/leiding/\(secret)")
            #expect(page.body.contains("<h1>Gespreksleiding</h1>"))
            #expect(page.body.contains(await harness.room.joinCode))
            let opened = try await Self.act(browser, secret: secret, "openen", [("stap", "vraag")])
            #expect(opened.status == .seeOther)
            #expect(opened.location?.hasPrefix("/leiding/\(secret)?gedaan=") == true)
            #expect(await harness.state.openStep == "vraag")
            _ = try await Self.act(browser, secret: secret, "sluiten", [("stap", "vraag")])
            #expect(await harness.state.openStep == nil)
            _ = try await Self.act(browser, secret: secret, "heropenen", [("stap", "vraag")])
            #expect(await harness.state.openStep == "vraag")
            _ = try await Self.act(browser, secret: secret, "tonen", [("stap", "vraag")])
            #expect(await harness.state.shownResults == ["vraag"])
            let twice = try await Self.act(browser, secret: secret, "tonen", [("stap", "vraag")])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.body.contains("de resultaten van ‘vraag’ worden al getoond"))
            _ = try await Self.act(browser, secret: secret, "verbergen", [("stap", "vraag")])
            #expect(await harness.state.shownResults.isEmpty)
        }
    }

    @Test func whoHasAnsweredIsShownWithParticipantNumbers() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.perform(.join(name: "Anna", group: nil, pseudonym: nil))
        try await harness.perform(.join(name: "Bram", group: nil, pseudonym: nil))
        try await harness.perform(.open("vraag"))
        try await harness.perform(.submit(participant: "p2", step: "vraag", input: .open(item: nil, text: "Ja")))
        try await harness.test { browser in
            let page = try await browser.get("/leiding/\(secret)")
            #expect(page.body.contains("1 van 2 deelnemers hebben geantwoord."))
            #expect(page.body.contains("<tr><td>p1</td><td>Anna</td><td>nog niet</td></tr>"))
            #expect(page.body.contains("<tr><td>p2</td><td>Bram</td><td>heeft geantwoord</td></tr>"))
        }
    }

    @Test func brainstormedItemsAreMergedAndRenamed() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.perform(.join(name: "Anna", group: nil, pseudonym: nil))
        try await harness.perform(.open("rollen"))
        for text in ["Buurman", "Buurvrouw"] {
            try await harness.perform(.submit(participant: "p1", step: "rollen", input: .brainstorm(text: text)))
        }
        let created = await harness.state.items(for: "rollen").suffix(2).map(\.id)
        try await harness.test { browser in
            let merged = try await Self.act(
                browser, secret: secret, "samenvoegen",
                [
                    ("stap", "rollen"), ("item_\(created[0])", "ja"), ("item_\(created[1])", "ja"),
                    ("doel", created[0]), ("tekst", "Buren"),
                ])
            #expect(merged.status == .seeOther)
            let renamed = try await Self.act(
                browser, secret: secret, "hernoemen", [("stap", "rollen"), ("item", created[0]), ("tekst", "De buren")])
            #expect(renamed.status == .seeOther)
        }
        let texts = await harness.state.items(for: "rollen").map(\.text)
        #expect(texts.contains("De buren"))
        #expect(!texts.contains("Buurvrouw"))
    }

    @Test func notesEndAndExport() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.test { browser in
            _ = try await Self.act(browser, secret: secret, "notitie", [("stap", ""), ("tekst", "Goede sfeer.")])
            _ = try await Self.act(
                browser, secret: secret, "notitie",
                [("soort", "conclusie"), ("stap", ""), ("tekst", "De raad stuurt op hoofdlijnen.")])
            _ = try await Self.act(
                browser, secret: secret, "notitie",
                [("soort", "afspraak"), ("stap", "vraag"), ("tekst", "De griffie plant een vervolg.")])
            let unknown = try await Self.act(
                browser, secret: secret, "notitie", [("soort", "besluit"), ("stap", ""), ("tekst", "x")])
            #expect(unknown.status == .unprocessableContent)
            #expect(try await browser.get("/leiding/\(secret)").body.contains("Verslag definitief maken"))
            _ = try await Self.act(browser, secret: secret, "definitief")
            let final = try await browser.get("/leiding/\(secret)").body
            #expect(final.contains("Het verslag is definitief"))
            #expect(!final.contains("Verslag definitief maken"))
            _ = try await Self.act(browser, secret: secret, "beeindigen")
        }
        let state = await harness.state
        #expect(state.notes.map(\.text) == ["Goede sfeer."])
        #expect(state.outcomes.map(\.kind) == [.conclusion, .agreement])
        #expect(state.outcomes.map(\.step) == [nil, "vraag"])
        #expect(state.isEnded)
        #expect(state.isFinal)
    }

    @Test func withoutTheSecretNothingHappens() async throws {
        let harness = try await RoomHarness()
        let secret = await harness.room.facilitatorSecret
        try await harness.test { browser in
            let wrong = String(repeating: "0", count: 64)
            let page = try await browser.get("/leiding/\(wrong)")
            #expect(page.status == .forbidden)
            #expect(page.body.contains("alleen de gespreksleider mag dit"))
            #expect(try await browser.get("/leiding/").status == .notFound)
            let real = try await browser.get("/leiding/\(secret)")
            let posted = try await browser.post(
                "/leiding/\(wrong)/openen", [("csrf", real.field("csrf") ?? ""), ("formulier", "f"), ("stap", "vraag")])
            #expect(posted.status == .forbidden)
            // The secret without the page's CSRF token is refused too.
            let forged = try await browser.post(
                "/leiding/\(secret)/openen", [("csrf", "x"), ("formulier", "f"), ("stap", "vraag")])
            #expect(forged.status == .forbidden)
            // A participant's token is not the facilitator's.
            try await browser.join("Anna", code: await harness.room.joinCode)
            let asParticipant = try await browser.post(
                "/leiding/\(await harness.room.joinCode)/openen", [("formulier", "g"), ("stap", "vraag")])
            #expect(asParticipant.status == .forbidden)
        }
        #expect(await harness.state.openStep == nil)
    }
}
