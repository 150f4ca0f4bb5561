import NoaberCore
import NoaberTestSupport

/// Sessions for the export tests, built command by command so that every byte of their exports is fixed.
enum ODFSessionFixtures {
    /// The sample scenario (every werkvorm) with Anna, Bram and Carla answering everything; `adjust` changes the
    /// scenario first (its form of address, private steps).
    static func complete(
        pseudonymous: Bool = false, hostile: Bool = false, adjust: (inout Scenario) -> Void = { _ in }
    ) throws -> SessionState {
        var settings = SessionSamples.settings(pseudonymous: pseudonymous)
        adjust(&settings.scenario)
        var h = SessionHarness()
        try h.run(.start(settings))
        try h.join("Anna", group: "vvd", pseudonym: "Merel")
        try h.join("Bram", group: "cda")
        try h.join("Carla", group: "inwoner", pseudonym: "Lijster")
        if hostile { h.text = .legacy }
        let anna = "p1"
        let bram = "p2"
        let carla = "p3"
        let people = [anna, bram, carla]
        func step(_ id: Step.ID, _ body: (inout SessionHarness) throws -> Void) throws {
            try h.run(.open(id), after: 60)
            try body(&h)
            try h.run(.close(id), after: 240)
        }
        try step("intro") { _ in }
        try step("rollen") { h in
            try h.submit(anna, "rollen", .brainstorm(text: hostile ? "Buurman <b>&</b> \"buurvrouw\"" : "Buurtbewoner"))
            try h.submit(bram, "rollen", .brainstorm(text: "Wethouder"))
            try h.submit(carla, "rollen", .brainstorm(text: "wethouder"))
        }
        let roles = h.state.items(for: "rollen")
        if let first = roles.first(where: { $0.text == "Wethouder" }),
            let second = roles.first(where: { $0.text == "wethouder" })
        {
            try h.run(.merge(step: "rollen", items: [first.id, second.id], into: first.id, text: "Wethouder"))
        }
        try step("spel") { h in
            for (index, role) in h.state.items(for: "spel").prefix(3).enumerated() {
                let text =
                    hostile && index == 0
                    ? "Anna vindt: \u{7}\u{1B}[31m <script>alert(1)</script> & ‏שלום‏ 🌳👩🏽‍🌾 "
                        + String(repeating: "lang ", count: 1980)
                    : "Let op het belang van \(role.text.lowercased())."
                try h.submit(people[index], "spel", .roleplay(role: role.id, round: 1, text: text))
            }
        }
        try step("waarden") { h in
            try h.submit(anna, "waarden", .rank(["v1", "v2", "v3", "v4", "v5"]))
            try h.submit(bram, "waarden", .rank(["v2", "v1", "v3", "v5", "v4"]))
            try h.submit(carla, "waarden", .rank(["v1", "v3", "v2", "v4", "v5"]))
        }
        try step("top") { h in
            try h.submit(anna, "top", .rank(["v4", "v1", "v2"]))
            try h.submit(bram, "top", .rank(["v4", "v2", "v5"]))
        }
        try step("toelichting") { h in
            try h.submit(anna, "toelichting", .open(item: "v1", text: "Iedereen telt mee."))
            try h.submit(
                bram, "toelichting", .open(item: "v2", text: hostile ? "=HYPERLINK(\"http://x\")" : "Zelf kiezen."))
        }
        try step("zelf") { h in
            try h.submit(
                anna, "zelf",
                .likert([
                    LikertAnswer(statement: "s1", value: 5), LikertAnswer(statement: "s2", value: 2),
                    LikertAnswer(statement: "s3", value: 4),
                ]))
            try h.submit(
                bram, "zelf",
                .likert([LikertAnswer(statement: "s1", value: 3), LikertAnswer(statement: "s2", value: 4)]))
            try h.submit(
                carla, "zelf",
                .likert([
                    LikertAnswer(statement: "s1", value: 4), LikertAnswer(statement: "s2", value: 1),
                    LikertAnswer(statement: "s3", value: 5),
                ]))
        }
        try step("cijfer") { h in
            try h.submit(anna, "cijfer", .rate([ItemScore(item: "v1", value: 5), ItemScore(item: "v2", value: 3)]))
            try h.submit(carla, "cijfer", .rate([ItemScore(item: "v1", value: 4)]))
        }
        try step("keuze") { h in
            try h.submit(anna, "keuze", .vote(["v1"]))
            try h.submit(bram, "keuze", .vote(["v2"]))
            try h.submit(carla, "keuze", .vote(["v1"]))
        }
        try step("meer") { h in try h.submit(bram, "meer", .vote(["v3", "v4"])) }
        try step("stippen") { h in
            try h.submit(anna, "stippen", .dots([ItemScore(item: "v1", value: 3), ItemScore(item: "v5", value: 2)]))
        }
        try step("ladder") { h in
            let items = h.state.items(for: "ladder")
            try h.submit(
                anna, "ladder", .classify(items.prefix(2).map { Placement(item: $0.id, category: "raadplegen") }))
            try h.submit(
                carla, "ladder", .classify(items.prefix(1).map { Placement(item: $0.id, category: "meebeslissen") }))
        }
        try step("acties") { h in
            try h.submit(
                anna, "acties", .action(Action(what: "Buurt uitnodigen", owner: "Carla", when: "voor de zomer")))
            try h.submit(
                bram, "acties", .action(Action(what: "Raadsvoorstel schrijven", owner: "Bram", when: "2027-03-01")))
        }
        try step("vraag") { h in
            try h.submit(
                carla, "vraag", .open(item: nil, text: hostile ? "-1+1 @SOM(A1)\nregel twee\ttab" : "Meer tijd graag."))
        }
        try h.run(.note(step: "spel", text: "Bram en Anna waren het oneens over de wethouder."))
        try h.run(.note(step: nil, text: "Volgende keer buiten beginnen."))
        try h.run(.end, after: 30)
        return h.state
    }
}
