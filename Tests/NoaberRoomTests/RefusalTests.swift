import Hummingbird
import NoaberCore
import NoaberTestSupport
import Testing

@testable import NoaberRoom

/// Every refusal the room gives, and that nothing is stored when it gives one.
@Suite struct RefusalTests {
    typealias Answer = ParticipantPageTests

    @Test func withoutAParticipantCookieNothingIsReadOrStored() async throws {
        let harness = try await RoomHarness()
        try await harness.perform(.open("vraag"))
        try await harness.test { browser in
            let page = try await browser.get("/stap")
            #expect(page.status == .seeOther)
            #expect(page.location == "/")
            let posted = try await browser.post("/stap/vraag", [("csrf", "x"), ("formulier", "f"), ("tekst", "Hallo")])
            #expect(posted.status == .unauthorized)
            #expect(posted.body.contains("(nog) niet aangemeld in deze sessie"))
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func aForgedTokenIsNoParticipant() async throws {
        let harness = try await RoomHarness.onStep("vraag") { _, browser, page async throws in
            browser.cookies[RoomPages.participantCookie] = String(repeating: "a", count: 64)
            let posted = try await browser.submit(page, to: "/stap/vraag", [("tekst", "Hallo")])
            #expect(posted.status == .unauthorized)
            #expect(try await browser.get("/verslag.odt").status == .unauthorized)
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func aMissingOrWrongCSRFTokenIsRefused() async throws {
        let harness = try await RoomHarness.onStep("vraag") { harness, browser, page async throws in
            let missing = try await browser.post(
                "/stap/vraag", [("formulier", page.field("formulier") ?? ""), ("tekst", "Hallo")])
            #expect(missing.status == .forbidden)
            #expect(missing.body.contains("dit formulier is verlopen of niet van deze pagina"))
            let wrong = try await browser.post(
                "/stap/vraag",
                [
                    ("csrf", String(repeating: "0", count: 64)), ("formulier", page.field("formulier") ?? ""),
                    ("tekst", "Hallo"),
                ])
            #expect(wrong.status == .forbidden)
            // The join form's double-submit token: a form without the cookie's value is refused.
            browser.cookies[RoomPages.formCookie] = "anders"
            let join = try await browser.post(
                "/aanmelden",
                [("csrf", "iets"), ("formulier", "f"), ("code", await harness.room.joinCode), ("naam", "B")])
            #expect(join.status == .forbidden)
        }
        #expect(await harness.state.inputs.isEmpty)
        #expect(await harness.state.participants.count == 1)
    }

    @Test func anotherParticipantsCSRFTokenDoesNotWork() async throws {
        let harness = try await RoomHarness()
        try await harness.perform(.open("vraag"))
        try await harness.test { anna in
            try await Answer.joined(harness, anna, "Anna")
            let annasPage = try await anna.get("/stap")
            let bram = RoomBrowser(client: anna.client)
            try await Answer.joined(harness, bram, "Bram")
            let posted = try await bram.post(
                "/stap/vraag",
                [("csrf", annasPage.field("csrf") ?? ""), ("formulier", "f1"), ("tekst", "Namens Anna")])
            #expect(posted.status == .forbidden)
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func nobodyRevisesOrWithdrawsSomeoneElsesInput() async throws {
        let harness = try await RoomHarness()
        try await harness.test { anna in
            try await Answer.joined(harness, anna, "Anna")
            _ = try await Answer.answer(harness, anna, step: "rollen", [("tekst", "Van Anna")])
            let id = try #require(await harness.state.inputs(for: "rollen").first?.id)
            let bram = RoomBrowser(client: anna.client)
            try await Answer.joined(harness, bram, "Bram")
            let page = try await bram.get("/stap")
            let csrf = page.field("csrf") ?? ""
            let revised = try await bram.post(
                "/inbreng/\(id)/herzien", [("csrf", csrf), ("formulier", "f2"), ("tekst", "Van Bram")])
            #expect(revised.status == .forbidden)
            #expect(revised.body.contains("inbreng \(id) hoort bij een andere deelnemer"))
            let withdrawn = try await bram.post("/inbreng/\(id)/intrekken", [("csrf", csrf), ("formulier", "f3")])
            #expect(withdrawn.status == .forbidden)
        }
        #expect(await Answer.inputs(harness, "rollen") == [.brainstorm(text: "Van Anna")])
    }

    @Test func anOversizedFieldIsRefused() async throws {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            try await Answer.joined(harness, browser)
            let long = String(repeating: "x", count: 201)
            let posted = try await Answer.answer(harness, browser, step: "vraag", [("tekst", long)])
            #expect(posted.status == .contentTooLarge)
            #expect(posted.body.contains("‘tekst’ is te lang (hoogstens 200 tekens)"))
            let unknownField = try await Answer.answer(
                harness, browser, step: "vraag", [("tekst", "kort"), ("extra", String(repeating: "y", count: 201))])
            #expect(unknownField.status == .contentTooLarge)
            let longName = try await browser.post("/aanmelden", [("naam", String(repeating: "n", count: 201))])
            #expect(longName.status == .contentTooLarge)
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func anInvalidRankingIsRefusedWithItsReason() async throws {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            try await Answer.joined(harness, browser)
            let items = await harness.state.items(for: "waarden")
            var twice = items.enumerated().map { ("plaats_\($0.element.id)", "\($0.offset + 1)") }
            twice[1].1 = "1"
            let duplicate = try await Answer.answer(harness, browser, step: "waarden", twice)
            #expect(duplicate.status == .unprocessableContent)
            #expect(
                duplicate.body.contains(
                    "‘\(items[0].text)’ en ‘\(items[1].text)’ staan allebei op plaats 1".htmlEscapedForTest))
            let missing = try await Answer.answer(harness, browser, step: "waarden", [("plaats_\(items[0].id)", "1")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.contains("geef ‘\(items[1].text)’ een plaats".htmlEscapedForTest))
            let outside = try await Answer.answer(
                harness, browser, step: "waarden",
                items.enumerated().map { ("plaats_\($0.element.id)", "\($0.offset + 2)") })
            #expect(outside.status == .unprocessableContent)
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func aStepThatIsNotOpenTakesNothing() async throws {
        let harness = try await RoomHarness.onStep("vraag") { _, browser, page async throws in
            let posted = try await browser.submit(page, to: "/stap/rollen", [("tekst", "Idee")])
            #expect(posted.status == .unprocessableContent)
            #expect(posted.body.contains("stap ‘rollen’ is niet open".htmlEscapedForTest))
        }
        #expect(await harness.state.inputs.isEmpty)
    }

    @Test func theSameFormSentTwiceIsStoredOnce() async throws {
        let harness = try await RoomHarness.onStep("rollen") { _, browser, page async throws in
            #expect(try await browser.submit(page, to: "/stap/rollen", [("tekst", "Eén keer")]).status == .seeOther)
            #expect(try await browser.submit(page, to: "/stap/rollen", [("tekst", "Eén keer")]).status == .seeOther)
        }
        #expect(await Answer.inputs(harness, "rollen") == [.brainstorm(text: "Eén keer")])
    }

    @Test func outputIsEscaped() async throws {
        try await RoomHarness.onStep("vraag", as: "<script>alert(1)</script>") { _, _, page async throws in
            #expect(!page.body.contains("<script>alert(1)</script>"))
            #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}

extension String {
    /// What Mustache's HTML escaping makes of a text (for the messages that quote item names).
    var htmlEscapedForTest: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
