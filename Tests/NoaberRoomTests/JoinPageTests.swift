import Hummingbird
import NoaberCore
import Testing

@testable import NoaberRoom

@Suite struct JoinPageTests {
    @Test func theJoinPageIsDutchAndAsksForCodeAndName() async throws {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            let page = try await browser.get("/?code=123456")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("<html lang=\"nl\">"))
            #expect(page.body.contains("<label for=\"code\">Code van de sessie</label>"))
            #expect(page.body.contains("name=\"code\" value=\"123456\""))
            #expect(page.body.contains("<label for=\"naam\">Uw naam</label>"))
            #expect(page.body.contains("noaber purge"))
            #expect(browser.cookies[RoomPages.formCookie]?.count == 64)
        }
    }

    @Test func joiningStoresTheParticipantAndSetsAStrictHttpOnlyCookie() async throws {
        let harness = try await RoomHarness()
        let code = await harness.room.joinCode
        try await harness.test { browser in
            let joined = try await browser.submit(
                try await browser.get("/"), to: "/aanmelden", [("code", code), ("naam", "Anna <b>de Vries</b>")])
            #expect(joined.status == .seeOther)
            #expect(joined.location == "/stap")
            let cookie = joined.headers[values: .setCookie].first { $0.hasPrefix(RoomPages.participantCookie) }
            #expect(cookie?.contains("HttpOnly") == true)
            #expect(cookie?.contains("SameSite=Strict") == true)
        }
        let state = await harness.state
        #expect(state.participants.map(\.participant.name) == ["Anna <b>de Vries</b>"])
    }

    @Test func aWrongCodeIsRefusedAndNothingIsStored() async throws {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            let refused = try await browser.submit(
                try await browser.get("/"), to: "/aanmelden", [("code", "000000x"), ("naam", "Anna")])
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains("de code klopt niet"))
        }
        #expect(await harness.state.participants.isEmpty)
    }

    @Test func aPseudonymousSessionAsksOnlyForAPseudonym() async throws {
        let harness = try await RoomHarness(pseudonymous: true)
        try await harness.test { browser in
            let page = try await browser.get("/")
            #expect(page.body.contains("<label for=\"naam\">Schuilnaam</label>"))
            #expect(page.body.contains("alleen schuilnamen"))
            try await browser.join("Merel", code: await harness.room.joinCode)
        }
        let joined = try #require(await harness.state.participants.first?.participant)
        #expect(joined.name == "Merel")
        #expect(joined.pseudonym == "Merel")
    }

    @Test func aJoinedParticipantKeepsTheirTokenAcrossARestart() async throws {
        let harness = try await RoomHarness()
        try await harness.test { browser in
            try await browser.join("Anna", code: await harness.room.joinCode)
            let token = try #require(browser.cookies[RoomPages.participantCookie])
            let reopened = try Room(runner: harness.runner, keysPath: harness.directory.path("sleutels.json"))
            #expect(await reopened.participant(token: token)?.participant == "p1")
            #expect(await reopened.joinCode == harness.room.joinCode)
        }
    }
}
