import NoaberCore
import NoaberTestSupport
import Testing

/// The one privacy filter: what it replaces, and what it must leave alone.
struct NameRedactionTests {
    /// Anna Jansen-Wessels (Merel), A.B. de Vries (Lijster), Jan (Deelnemer 3).
    private let redact = NameRedaction([
        .init(names: ["Anna Jansen-Wessels"], shown: "Merel"),
        .init(names: ["Bram de Vries", "Abraham de Vries-Kok"], shown: "Lijster"),
        .init(names: ["Jan"], shown: "Deelnemer 3"),
    ])

    @Test(arguments: [
        ("Anna Jansen-Wessels belt", "Merel belt"),
        ("Anna belt", "Merel belt"),
        ("JANSEN belt", "Merel belt"),
        ("jansen-wessels belt", "Merel belt"),
        ("mevrouw Wessels belt", "mevrouw Merel belt"),
        ("A. Jansen belt", "Merel belt"),
        ("A.B. de Vries belt", "Lijster belt"),
        ("A. B. de Vries belt", "Lijster belt"),
        ("Bram de Vries belt", "Lijster belt"),
        ("de heer De Vries belt", "de heer De Lijster belt"),
        ("VRIES belt", "Lijster belt"),
        ("Abraham belt", "Lijster belt"),
        ("Kok en Bram bellen", "Lijster en Lijster bellen"),
        ("Abraham de Vries-Kok belt", "Lijster belt"),
        ("Jansen-Pietersen belt", "Merel-Pietersen belt"),
        ("Anna Vries belt", "Merel Lijster belt"),
        ("Jan's idee", "Deelnemer 3's idee"),
        ("Trekker: Jan.", "Trekker: Deelnemer 3."),
        ("de vries-kist", "de Lijster-kist"),
    ])
    func everyFormOfANameIsReplaced(text: String, expected: String) {
        #expect(redact(text) == expected)
    }

    @Test(arguments: [
        "in januari bij de Annaschool",
        "van de Jansenstraat",
        "Merel en Lijster en Deelnemer 3",
        "de merel zingt",
        "A. en B. zijn letters",
        "Van der en de zijn tussenvoegsels",
        "",
    ])
    func wordsThatAreNoNamePartStay(text: String) {
        #expect(redact(text) == text)
    }

    @Test func pseudonymsAreNeverRedactedSoASecondPassChangesNothing() {
        let once = redact("Anna, A.B. de Vries en jan: MEREL en merel")
        #expect(once == "Merel, Lijster en Deelnemer 3: MEREL en merel")
        #expect(redact(once) == once)
        // A real name that is also a shown name is left alone: a session read back from a pseudonymous file.
        let imported = NameRedaction([
            .init(names: ["Merel"], shown: "Merel"), .init(names: ["Deelnemer 2"], shown: "Deelnemer 2"),
        ])
        #expect(imported.isEmpty)
        #expect(imported("de merel en Deelnemer 2") == "de merel en Deelnemer 2")
    }

    @Test func aSharedSurnameGoesToTheFirstWhoseNameHasIt() {
        let twins = NameRedaction([
            .init(names: ["Anna Smit"], shown: "Merel"), .init(names: ["Bram Smit"], shown: "Lijster"),
        ])
        #expect(twins("Bram Smit en Anna Smit en Smit") == "Lijster en Merel en Merel")
    }

    @Test func aSessionRedactsFormerNamesAndOnlyWhenPseudonymous() throws {
        var harness = try SessionHarness.started(pseudonymous: true)
        try harness.run(.rename("p1", name: "Anna Jansen-Wessels"))
        let redact = NameRedaction(harness.state)
        // Anna joined as "Anna", was renamed; Bram has no pseudonym and shows as "Deelnemer 2".
        #expect(redact("anna, JANSEN, Wessels, bram, Carla") == "Merel, Merel, Merel, Deelnemer 2, Lijster")
        let open = try SessionHarness.started(pseudonymous: false)
        #expect(NameRedaction(open.state).isEmpty)
        #expect(NameRedaction(open.state)("Anna") == "Anna")
    }
}
