import Testing

@testable import NoaberCore

@Suite struct MessageCatalogueTests {
    enum Sample: Equatable {
        case plain
        case one(String)
        case labelled(step: String, count: Int)
        case field(TextField, kind: Input.Kind)
        case nested(reason: SessionError)
        case derived(code: Int)
        case missing
    }

    static let catalogue = MessageCatalogue(
        #"""
        plain
        nl: niets bijzonders
        en: nothing special

        one(name)
        nl: ‘{name}’ en nog eens ‘{name}’
        en: ‘{name}’ and again ‘{name}’

        labelled(step, count)
        nl: stap ‘{step}’ telt {count}, een tekst die over
            twee regels loopt
        en: step ‘{step}’ counts {count}
        """#,
        #"""
        field(field, kind)
        nl: {field} van de soort {kind}
        en: {field} of kind {kind}

        nested(reason)
        nl: want: {reason}
        en: because: {reason}

        derived(code) with hex, word
        nl: {word} {hex} (code {code})
        en: {word} {hex} (code {code})
        """#)

    @Test func aCaseWithoutValuesIsLookedUpByName() throws {
        let wording = try #require(Self.catalogue.wording(of: Sample.plain))
        #expect(wording == ("niets bijzonders", "nothing special"))
    }

    @Test func valuesFillTheirNamesInOrderAndContinuationLinesJoinWithOneSpace() throws {
        let wording = try #require(Self.catalogue.wording(of: Sample.labelled(step: "s1", count: 3)))
        #expect(wording.nl == "stap ‘s1’ telt 3, een tekst die over twee regels loopt")
        #expect(wording.en == "step ‘s1’ counts 3")
    }

    @Test func aValueIsPutInOnceAndItsOwnBracesStay() throws {
        let wording = try #require(Self.catalogue.wording(of: Sample.one("{name}")))
        #expect(wording.nl == "‘{name}’ en nog eens ‘{name}’")
    }

    @Test func wordedValuesSpeakTheLanguageAndRawValuedOnesTheirRawValue() throws {
        let wording = try #require(Self.catalogue.wording(of: Sample.field(.itemText, kind: .dots)))
        #expect(wording == ("tekst van het item van de soort dots", "item text of kind dots"))
        let nested = try #require(Self.catalogue.wording(of: Sample.nested(reason: .unknownStep("s9"))))
        #expect(nested == ("want: onbekende stap ‘s9’", "because: unknown step ‘s9’"))
    }

    @Test func namesAfterWithComeFromTheCallerAndAWordingSpeaksTheLanguage() throws {
        let derived: [String: Any] = ["hex": "0x1F", "word": (nl: "teken", en: "character")]
        let wording = try #require(Self.catalogue.wording(of: Sample.derived(code: 31), with: derived))
        #expect(wording == ("teken 0x1F (code 31)", "character 0x1F (code 31)"))
    }

    @Test func aCaseWithoutEntryHasNone() {
        #expect(Self.catalogue.wording(of: Sample.missing) == nil)
    }
}
