import Foundation
import NoaberCore
import NoaberFormats
import Testing

/// Each kind of mistake gives its exact message at the right place; every problem of a file is reported.
@Suite struct ScenarioErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var expected: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(
            fixture: "unknown-werkvorm.xml",
            expected: [
                "unknown-werkvorm.xml:17:7: fout: onbekende werkvorm <poll>; kies uit info, brainstorm, open, roleplay, "
                    + "likert, rank, rate, vote, classify of actions"
            ]),
        Case(
            fixture: "duplicate-step-id.xml",
            expected: [
                "duplicate-step-id.xml:19:11: fout: de stap-id 'rollen' komt al voor op regel 15"
            ]),
        Case(
            fixture: "later-reference.xml",
            expected: [
                "later-reference.xml:18:16: fout: stap 'rollen' komt niet vóór deze stap; items kunnen alleen uit een "
                    + "eerdere stap komen"
            ]),
        Case(
            fixture: "self-reference.xml",
            expected: [
                "self-reference.xml:18:16: fout: stap 'stemmen' komt niet vóór deze stap; items kunnen alleen uit een "
                    + "eerdere stap komen"
            ]),
        Case(
            fixture: "unknown-reference.xml",
            expected: [
                "unknown-reference.xml:18:16: fout: verwijzing naar een onbekende stap 'bestaat-niet'"
            ]),
        Case(
            fixture: "bad-scale.xml",
            expected: [
                "bad-scale.xml:18:9: fout: de schaal heeft geen label voor waarde 4; beide uiteinden van een schaal"
                    + " hebben een label nodig",
                "bad-scale.xml:21:18: fout: waarde 2 heeft al een label",
                "bad-scale.xml:22:18: fout: het label voor waarde 5 valt buiten de schaal 1–4",
            ]),
        Case(
            // The private step that takes them too is fine: its answers stay private as well.
            fixture: "private-items.xml",
            expected: [
                "private-items.xml:19:5: fout: de items komen uit stap 'ideeen', die persoonlijk is (private); een stap"
                    + " die de groep ziet, mag geen persoonlijke antwoorden tonen: maak ook deze stap persoonlijk of"
                    + " neem de items niet over"
            ]),
        Case(
            fixture: "reversed-scale.xml",
            expected: [
                "reversed-scale.xml:18:16: fout: de schaal loopt van 5 tot 1; min moet kleiner zijn dan max"
            ]),
        Case(
            fixture: "missing-attribute.xml",
            expected: [
                "missing-attribute.xml:15:5: fout: bij <step> ontbreekt het verplichte attribuut minutes"
            ]),
        Case(
            fixture: "missing-title.xml",
            expected: [
                "missing-title.xml:37:5: fout: in <step> ontbreekt het element <title>"
            ]),
        Case(
            fixture: "missing-count.xml",
            expected: [
                "missing-count.xml:66:9: fout: bij <items> ontbreekt het verplichte attribuut count"
            ]),
        Case(
            fixture: "invalid-attributes.xml",
            expected: [
                "invalid-attributes.xml:37:36: fout: het attribuut kleur van <step> is onbekend of heeft een ongeldige "
                    + "waarde",
                "invalid-attributes.xml:42:19: fout: het attribuut examples-are-items van <brainstorm> is onbekend of "
                    + "heeft een ongeldige waarde",
            ]),
        Case(
            fixture: "wrong-namespace.xml",
            expected: [
                "wrong-namespace.xml:7:1: fout: <scenario> hoort in de namespace https://noaber.nl/ns/scenario/1"
            ]),
        Case(
            fixture: "malformed.xml",
            expected: [
                "malformed.xml:4:31: fout: geen geldige XML: Opening and ending tag mismatch: title line 4 and titel"
            ]),
        Case(
            fixture: "doctype.xml",
            expected: [
                "doctype.xml:2:1: fout: een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)"
            ]),
        Case(
            fixture: "billion-laughs.xml",
            expected: [
                "billion-laughs.xml:2:1: fout: een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)"
            ]),
        Case(
            fixture: "external-dtd.xml",
            expected: [
                "external-dtd.xml:2:1: fout: een DOCTYPE is niet toegestaan in een scenario (entiteiten worden geweigerd)"
            ]),
        Case(
            fixture: "not-a-ranking.xml",
            expected: [
                "not-a-ranking.xml:22:16: fout: top-of-ranking moet naar een rank-stap wijzen, maar 'rollen' is een "
                    + "brainstorm-stap"
            ]),
        Case(
            fixture: "no-items-to-take.xml",
            expected: [
                "no-items-to-take.xml:22:16: fout: from wijst naar stap 'uitleg', maar een info-stap heeft geen items om "
                    + "over te nemen"
            ]),
        Case(
            fixture: "empty-items.xml",
            expected: [
                "empty-items.xml:18:9: fout: een rank-stap heeft ten minste één item nodig",
                "empty-items.xml:27:9: fout: een classify-stap heeft ten minste één categorie nodig",
            ]),
        Case(
            fixture: "zero-minutes.xml",
            expected: [
                "zero-minutes.xml:15:23: fout: minutes moet groter dan 0 zijn (nu 0)",
                "zero-minutes.xml:21:34: fout: rounds moet groter dan 0 zijn (nu -1)",
                "zero-minutes.xml:30:25: fout: dots moet groter dan 0 zijn (nu 0)",
            ]),
        // An agenda of Int.max minutes made `noaber validate` trap on the sum of the step minutes.
        Case(
            fixture: "huge-numbers.xml",
            expected: [
                "huge-numbers.xml:8:5: fout: minutes moet tussen -1000000 en 1000000 liggen (nu 1000001)",
                "huge-numbers.xml:15:23: fout: minutes moet tussen -1000000 en 1000000 liggen (nu 9223372036854775807)",
                "huge-numbers.xml:21:34: fout: rounds moet tussen -1000000 en 1000000 liggen (nu -1000001)",
                "huge-numbers.xml:30:25: fout: dots moet groter dan 0 zijn (nu 0)",
            ]),
        Case(
            fixture: "top-exceeds-items.xml",
            expected: [
                "top-exceeds-items.xml:17:13: fout: top is 4, maar er zijn maar 3 items",
                "top-exceeds-items.xml:21:17: fout: de item-id 'a' komt al voor op regel 19",
                "top-exceeds-items.xml:28:46: fout: count is 5, maar stap 'rangschikken' rangschikt er maar 4",
            ]),
        Case(
            fixture: "too-many-items.xml",
            expected: ["too-many-items.xml:17:7: fout: te veel items: 250; hoogstens 200"]),
        Case(
            fixture: "agenda-too-long.xml",
            expected: [
                "agenda-too-long.xml:8:5: fout: de stappen duren samen 75 minuten, langer dan de totale duur van 60 "
                    + "minuten"
            ]),
    ]

    private func problems(_ fixture: String, language: Language = .nl) throws -> [String] {
        let bytes = try ScenarioFixturePaths.fixture(fixture)
        do {
            _ = try ScenarioLoader.load(bytes, file: fixture)
        } catch {
            #expect(error.file == fixture)
            return error.renderedLines(in: language)
        }
        Issue.record("\(fixture) loaded without problems")
        return []
    }

    @Test(arguments: cases)
    func fixtureGivesItsProblems(_ testCase: Case) throws {
        #expect(try problems(testCase.fixture) == testCase.expected)
    }

    @Test func englishWhenAsked() throws {
        #expect(
            try problems("unknown-werkvorm.xml", language: .en) == [
                "unknown-werkvorm.xml:17:7: error: unknown werkvorm <poll>; choose from info, brainstorm, open, roleplay, "
                    + "likert, rank, rate, vote, classify or actions"
            ])
        #expect(
            try problems("top-exceeds-items.xml", language: .en) == [
                "top-exceeds-items.xml:17:13: error: top is 4, but there are only 3 items",
                "top-exceeds-items.xml:21:17: error: the item id 'a' is already used on line 19",
                "top-exceeds-items.xml:28:46: error: count is 5, but step 'rangschikken' ranks only 4",
            ])
        #expect(
            try problems("huge-numbers.xml", language: .en).first
                == "huge-numbers.xml:8:5: error: minutes must lie between -1000000 and 1000000 (is 1000001)")
        #expect(
            try problems("doctype.xml", language: .en) == [
                "doctype.xml:2:1: error: a DOCTYPE is not allowed in a scenario (entities are refused)"
            ])
    }

    @Test func everyProblemHasAnEnglishAndADutchText() {
        let samples: [ScenarioError.Problem] = [
            .unreadable(reason: .notFound), .tooLarge(bytes: 2, limit: 1), .tooDeep(limit: 256), .malformed("x"),
            .schemaUnusable("x"), .unexpectedElement("x"), .missingElement(nil, parent: "meta"),
            .invalidAttributes(element: "step"), .schemaViolation("x"), .invalidNumber(name: "top", value: "9e99"),
            .maxExceedsItems(max: 3, items: 2), .bandReversed(from: 3, to: 2.5),
        ]
        for problem in samples {
            let error = ScenarioError(problem, at: nil)
            #expect(!error.message(in: .nl).isEmpty && error.message(in: .nl) != error.message(in: .en))
        }
        #expect(
            ScenarioError(.bandReversed(from: 3, to: 2.5), at: nil).rendered()
                == "fout: de interpretatie loopt van 3 tot 2,5; from mag niet groter zijn dan to")
    }

    @Test func hostileInputsAreRefusedBeforeParsing() throws {
        let deep =
            Array(String(repeating: "<a>", count: 100_000).utf8) + Array(String(repeating: "</a>", count: 100_000).utf8)
        #expect(
            throws: ScenarioLoadError(
                file: "diep.xml",
                errors: [
                    ScenarioError(.tooDeep(limit: 256), at: SourceLocation(file: "diep.xml", line: 1, column: 772))
                ])
        ) {
            try ScenarioLoader.load(deep, file: "diep.xml")
        }
        let huge = [UInt8](repeating: UInt8(ascii: " "), count: 50 * 1024 * 1024)
        #expect(
            throws: ScenarioLoadError(
                file: "groot.xml",
                errors: [
                    ScenarioError(
                        .tooLarge(bytes: 52_428_800, limit: 10_485_760), at: SourceLocation(file: "groot.xml", line: 0))
                ])
        ) {
            try ScenarioLoader.load(huge, file: "groot.xml")
        }
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = try ScenarioFixturePaths.text(ScenarioFixturePaths.fixtures + "/unknown-werkvorm.xml")
            .replacingOccurrences(
                of: "      <title>Peiling</title>\n      <poll/>", with: "      <title>Één</title><poll/>")
        #expect(
            throws: ScenarioLoadError(
                file: "een.xml",
                errors: [
                    ScenarioError(.unknownActivity("poll"), at: SourceLocation(file: "een.xml", line: 16, column: 25))
                ])
        ) {
            try ScenarioLoader.load(text, file: "een.xml")
        }
    }

    @Test func aMissingFileIsUnreadable() {
        let path = ScenarioFixturePaths.fixtures + "/bestaat-niet.xml"
        #expect(
            throws: ScenarioLoadError(
                file: path,
                errors: [
                    ScenarioError(
                        .unreadable(reason: .notFound), at: SourceLocation(file: path, line: 0))
                ])
        ) {
            try ScenarioLoader.load(contentsOf: path)
        }
    }
}
