import Foundation
import NoaberCore
import Testing

@testable import NoaberFormats

/// Scenario texts quote the sources faithfully (DESIGN.md, issue 12): every statement, role, value, consideration,
/// financing form, reason and eyeopener a shipped scenario quotes appears verbatim in a seed file the scenario
/// cites. Only white space and typographic quotes are normalised. Text marked `authored="true"` is exempt.
///
/// The seeds are read from a copy under `Fixtures/seeds` (CI has no `../shared`); a test checks that the copy
/// still equals `../shared/seeds` wherever that folder exists.
@Suite("Scenario quotes")
struct ScenarioQuoteTests {
    static var seeds: String { (Bundle.module.resourcePath ?? "") + "/Fixtures/seeds" }

    /// White space collapsed to single spaces, typographic quotes made straight.
    static func normalised(_ text: String) -> String {
        let straight = String(
            text.map { character -> Character in
                switch character {
                case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": "'"
                case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": "\""
                default: character
                }
            })
        return straight.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// One quoted text of a scenario, with where it stands (for the failure message).
    struct Quote: Equatable {
        var place: String
        var text: String
    }

    /// The texts a scenario presents as quotations: info paragraphs, items (text, detail, examples), brainstorm
    /// examples, categories, statements, interpretations and role-play cases, unless marked as authored.
    static func quotes(in scenario: Scenario) -> [Quote] {
        var quotes: [Quote] = []
        func add(_ items: [Item], _ place: String) {
            for item in items where !item.authored {
                quotes.append(Quote(place: "\(place)/\(item.id)", text: item.text))
                if let detail = item.detail { quotes.append(Quote(place: "\(place)/\(item.id)@detail", text: detail)) }
                if let examples = item.examples {
                    quotes.append(Quote(place: "\(place)/\(item.id)@examples", text: examples))
                }
            }
        }
        for step in scenario.steps {
            let place = "\(scenario.id)/\(step.id)"
            add(step.activity.itemSource?.listedItems ?? [], place)
            switch step.activity {
            case .info(let settings):
                for (index, paragraph) in settings.paragraphs.enumerated() where !settings.isAuthored(paragraph: index)
                {
                    quotes.append(Quote(place: "\(place)/paragraph[\(index + 1)]", text: paragraph))
                }
            case .classify(let settings):
                add(settings.categories, place + "/categories")
            case .likert(let settings):
                for theme in settings.themes {
                    for statement in theme.statements {
                        quotes.append(Quote(place: "\(place)/\(statement.id)", text: statement.text))
                    }
                    for band in theme.interpretation {
                        quotes.append(Quote(place: "\(place)/\(theme.id)@interpretation", text: band.text))
                    }
                }
            case .roleplay(let settings) where !settings.caseAuthored:
                quotes.append(Quote(place: "\(place)/case", text: settings.caseText))
            default:
                break
            }
        }
        return quotes
    }

    /// The quotes of `scenario` that appear in none of the seed files it cites.
    static func misquotes(in scenario: Scenario, seeds: String) throws -> [Quote] {
        let cited = try scenario.sources.map { source in
            normalised(try String(contentsOfFile: seeds + "/" + source.file, encoding: .utf8))
        }
        return quotes(in: scenario).filter { quote in
            let text = normalised(quote.text)
            return !cited.contains { $0.contains(text) }
        }
    }

    @Test("every shipped scenario validates and quotes its cited seed files verbatim")
    func shippedScenariosQuoteVerbatim() throws {
        let entries = try ScenarioCatalog.embedded()
        #expect(entries.count >= 10)
        for entry in entries {
            #expect(!entry.scenario.sources.isEmpty, "\(entry.scenario.id) cites no source")
            #expect(!Self.quotes(in: entry.scenario).isEmpty, "\(entry.scenario.id) quotes nothing")
            for quote in try Self.misquotes(in: entry.scenario, seeds: Self.seeds) {
                Issue.record("\(quote.place): not in the cited seed files: \(quote.text)")
            }
        }
    }

    @Test("the check finds a changed word, and lets authored text through")
    func checkCatchesAMisquote() throws {
        var scenario = try #require(try ScenarioCatalog.embedded().first { $0.scenario.id == "geld" }?.scenario)
        #expect(try Self.misquotes(in: scenario, seeds: Self.seeds) == [])
        guard case .vote(var settings) = scenario.steps[4].activity, case .listed(var items) = settings.items else {
            Issue.record("geld/vormen is not a vote with listed items")
            return
        }
        items[0].examples = "Hoogeveen en Assen"
        settings.items = .listed(items)
        scenario.steps[4].activity = .vote(settings)
        #expect(
            try Self.misquotes(in: scenario, seeds: Self.seeds)
                == [Quote(place: "geld/vormen/bewonersbudget@examples", text: "Hoogeveen en Assen")])
        items[0].authored = true
        settings.items = .listed(items)
        scenario.steps[4].activity = .vote(settings)
        #expect(try Self.misquotes(in: scenario, seeds: Self.seeds) == [])
    }

    @Test("only white space and typographic quotes are normalised")
    func normalisation() {
        #expect(Self.normalised("‘The whole  system’\n is “in” the room") == "'The whole system' is \"in\" the room")
        #expect(Self.normalised("experimenten…") != Self.normalised("experimenten..."))
    }

    @Test("the fixture copy of the seeds equals ../shared/seeds where that folder exists")
    func seedCopyIsCurrent() throws {
        let shared = ScenarioFixturePaths.repository + "/../shared/seeds"
        guard FileManager.default.fileExists(atPath: shared) else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: Self.seeds).sorted()))
        for name in names {
            #expect(
                FileManager.default.contents(atPath: shared + "/" + name)
                    == FileManager.default.contents(atPath: Self.seeds + "/" + name), "\(name) differs")
        }
    }
}
