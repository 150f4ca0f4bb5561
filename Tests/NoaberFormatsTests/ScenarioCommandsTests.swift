import Foundation
import NoaberCore
import NoaberFormats
import Testing

/// `noaber validate`, `noaber scenarios` and `noaber show`, through the functions the commands call.
@Suite struct ScenarioCommandsTests {
    private let fixtures = ScenarioFixturePaths.fixtures

    @Test func validateAcceptsEveryShippedScenario() throws {
        let paths = try FileManager.default.contentsOfDirectory(atPath: ScenarioFixturePaths.scenarios)
            .filter { $0.hasSuffix(".xml") }.sorted().map { ScenarioFixturePaths.scenarios + "/" + $0 }
        let output = ScenarioCommands.validate(paths)
        #expect(output == CommandOutput(exitCode: 0, stdout: paths.map { "ok " + $0 }, stderr: []))
    }

    @Test(arguments: [Language.nl, .en])
    func validateReportsEveryProblemAndExitsOne(language: Language) {
        let good = fixtures + "/alle-werkvormen.xml"
        let bad = fixtures + "/duplicate-step-id.xml"
        let worse = fixtures + "/malformed.xml"
        let output = ScenarioCommands.validate([good, bad, worse], language: language)
        #expect(output.exitCode == 1)
        #expect(output.stdout == ["ok \(good)"])
        switch language {
        case .nl:
            #expect(
                output.stderr == [
                    "\(bad):19:11: fout: de stap-id 'rollen' komt al voor op regel 15",
                    "\(worse):4:31: fout: geen geldige XML: Opening and ending tag mismatch: title line 4 and titel",
                ])
        case .en:
            #expect(
                output.stderr == [
                    "\(bad):19:11: error: the step id 'rollen' is already used on line 15",
                    "\(worse):4:31: error: not well-formed XML: Opening and ending tag mismatch: title line 4 and titel",
                ])
        }
    }

    @Test func scenariosListsTheEmbeddedOnes() {
        let output = ScenarioCommands.scenarios(directory: nil)
        #expect(
            output
                == CommandOutput(
                    exitCode: 0,
                    stdout: [
                        "id                     titel                                                          doelgroep                                      duur  stappen  bron",
                        "democratische-waarden  Democratische waarden rangschikken                             raadsleden                                   80 min        4  ingebouwd",
                        "eyeopeners             Vier eyeopeners voor je eigen werk                             gemeenteambtenaren                           45 min        4  ingebouwd",
                        "geld                   Geld: afwegen en een financieringsvorm kiezen                  gemeenteambtenaren en raadsleden             90 min        6  ingebouwd",
                        "grasveldje             Raadsdebat: rollen op het grasveldje                           raadsleden                                  105 min        5  ingebouwd",
                        "ontwikkelagenda        Ontwikkelagenda overheidsparticipatie                          gemeenteambtenaren (ontwikkelgroep, teams)  120 min        6  ingebouwd",
                        "passende-samenwerking  Passende samenwerking kiezen                                   raadsleden, inwoners en ambtenaren samen     90 min        5  ingebouwd",
                        "pop-op                 POP-OP: Persoonlijk OntwikkelPlan OverheidsParticipatie        gemeenteambtenaren                           60 min        3  ingebouwd",
                        "raadsavond             Raadsavond: rollen op het grasveldje en democratische waarden  raadsleden                                  150 min        7  ingebouwd",
                        "tien-redenen           Tien redenen om niet te beginnen, omgekeerd                    gemeenteambtenaren                           60 min        4  ingebouwd",
                        "train-de-trainer       Train-de-trainer: overheidsparticipatie in de praktijk         ervaren ruimtemakers (ambtenaren)           360 min       12  ingebouwd",
                        "zelfanalyse            Zelfanalyse overheidsparticipatie                              gemeenteambtenaren                          105 min        9  ingebouwd",
                    ]))
    }

    @Test func aFolderScenarioReplacesTheEmbeddedOneWithItsId() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noaber-scen-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try ScenarioFixturePaths.text(ScenarioFixturePaths.scenarios + "/grasveldje.xml")
        let edited = original.replacingOccurrences(of: "Raadsdebat: rollen op het grasveldje", with: "Eigen grasveldje")
        try edited.write(toFile: directory + "/grasveldje.xml", atomically: true, encoding: .utf8)
        try Data(try ScenarioFixturePaths.fixture("malformed.xml")).write(
            to: URL(fileURLWithPath: directory + "/kapot.xml"))

        let output = ScenarioCommands.scenarios(directory: directory, language: .en)
        #expect(output.exitCode == 1)
        #expect(
            output.stdout == [
                "id                     title                                                          audience                                    duration  steps  source",
                "democratische-waarden  Democratische waarden rangschikken                             raadsleden                                    80 min      4  built in",
                "eyeopeners             Vier eyeopeners voor je eigen werk                             gemeenteambtenaren                            45 min      4  built in",
                "geld                   Geld: afwegen en een financieringsvorm kiezen                  gemeenteambtenaren en raadsleden              90 min      6  built in",
                "grasveldje             Eigen grasveldje                                               raadsleden                                   105 min      5  \(directory)/grasveldje.xml",
                "ontwikkelagenda        Ontwikkelagenda overheidsparticipatie                          gemeenteambtenaren (ontwikkelgroep, teams)   120 min      6  built in",
                "passende-samenwerking  Passende samenwerking kiezen                                   raadsleden, inwoners en ambtenaren samen      90 min      5  built in",
                "pop-op                 POP-OP: Persoonlijk OntwikkelPlan OverheidsParticipatie        gemeenteambtenaren                            60 min      3  built in",
                "raadsavond             Raadsavond: rollen op het grasveldje en democratische waarden  raadsleden                                   150 min      7  built in",
                "tien-redenen           Tien redenen om niet te beginnen, omgekeerd                    gemeenteambtenaren                            60 min      4  built in",
                "train-de-trainer       Train-de-trainer: overheidsparticipatie in de praktijk         ervaren ruimtemakers (ambtenaren)            360 min     12  built in",
                "zelfanalyse            Zelfanalyse overheidsparticipatie                              gemeenteambtenaren                           105 min      9  built in",
            ])
        #expect(
            output.stderr == [
                "\(directory)/kapot.xml:4:31: error: not well-formed XML: Opening and ending tag mismatch: title line 4 and titel"
            ])
        let resolved = try ScenarioCatalog.resolve("grasveldje", directory: directory)
        #expect(resolved.origin == .directory && resolved.scenario.title == "Eigen grasveldje")
    }

    @Test func showPrintsTheAgendaWithClockTimes() {
        #expect(
            ScenarioCommands.show("grasveldje", start: "19:30", directory: nil)
                == CommandOutput(stdout: [
                    "Raadsdebat: rollen op het grasveldje",
                    "grasveldje · doelgroep: raadsleden · begeleider: griffier · 105 min",
                    "",
                    "19:30  19:40  Introductie casus (10 min, info)",
                    "19:40  20:00  Rollen benoemen (20 min, brainstorm)",
                    "20:00  20:40  Rollen toepassen op het grasveldje (40 min, roleplay)",
                    "20:40  20:55  Loslaten en sturen (15 min, open)",
                    "20:55  21:10  Mét de bevolking spreken (15 min, open)",
                    "21:15  einde (totaal 105 min, waarvan 100 min in stappen)",
                ]))
    }

    @Test func showWrapsPastMidnightAndSpeaksEnglish() {
        let output = ScenarioCommands.show("democratische-waarden", start: "23:40", directory: nil, language: .en)
        #expect(
            output.stdout == [
                "Democratische waarden rangschikken",
                "democratische-waarden · audience: raadsleden · facilitator: griffier · 80 min",
                "",
                "23:40  23:45  Inleiding (5 min, info)",
                "23:45  00:05  Waarden rangschikken (20 min, rank)",
                "00:05  00:35  Wat stelt u voorop? (30 min, open)",
                "00:35  00:50  Tweede ronde (optioneel): vijf waarden (15 min, rank)",
                "01:00  end (total 80 min, of which 70 min in steps)",
            ])
    }

    @Test func showTakesAPath() {
        let output = ScenarioCommands.show(fixtures + "/alle-werkvormen.xml", start: "9:00", directory: nil)
        #expect(output.exitCode == 0)
        #expect(output.stdout.dropFirst(3).first == "09:00  09:05  Info (5 min, info)")
    }

    @Test func showRefusesAnUnknownScenarioAndABadStart() {
        #expect(
            ScenarioCommands.show("onbekend", directory: nil)
                == CommandOutput(
                    exitCode: 1,
                    stderr: [
                        "fout: onbekend scenario 'onbekend'; bekend zijn: democratische-waarden, eyeopeners, geld, grasveldje,"
                            + " ontwikkelagenda, passende-samenwerking, pop-op, raadsavond, tien-redenen, train-de-trainer,"
                            + " zelfanalyse"
                    ]))
        #expect(
            ScenarioCommands.show("grasveldje", start: "25:00", directory: nil, language: .en)
                == CommandOutput(
                    exitCode: 1, stderr: ["error: invalid start time '25:00'; use HH:MM, for example 19:30"]))
        let broken = fixtures + "/zero-minutes.xml"
        #expect(
            ScenarioCommands.show(broken, directory: nil).stderr.first
                == "\(broken):15:23: fout: minutes moet groter dan 0 zijn (nu 0)")
    }

    @Test(arguments: [("19:30", 1170), ("0:00", 0), ("9:05", 545), ("23:59", 1439)])
    func clockTimeParses(text: String, minutes: Int) throws {
        #expect(try ClockTime(parsing: text).minutes == minutes)
    }

    @Test(arguments: ["24:00", "19:60", "1930", "19:3", "-1:00", "١٩:٣٠", "", "19:30:00", "+9:00"])
    func clockTimeRefuses(text: String) {
        #expect(throws: ClockTimeError(text: text)) { try ClockTime(parsing: text) }
    }
}
