import ArgumentParser
import Foundation
import NoaberAggregation
import NoaberCore
import NoaberFormats

/// `noaber rank FILE`: consensus rankings for ballots collected elsewhere (a paper round, a spreadsheet).
struct Rank: ParsableCommand {
    private static let limits = RankingInput.Limits.standard

    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract:
            "Rangschikkingen van elders (papier, spreadsheet): consensus volgens alle methoden en overeenstemming.",
        discussion: """
            FILE is JSON {"candidates": [namen], "ballots": [[namen, beste eerst], …]} of CSV (één stembiljet per \
            rij, namen beste eerst, gescheiden door komma's, of door puntkomma's als er nergens een komma staat; \
            geen kopregel; een lege rij is een leeg stembiljet). Niet genoemde namen delen de plaatsen onder de \
            genoemde. Hoogstens \(limits.bytes >> 20) MiB, \(limits.candidates) kandidaten, \(limits.ballots) \
            stembiljetten en \(limits.names) namen op alle stembiljetten samen; Kemeny-Young exact tot \
            \(KemenyYoung.maximumCandidates) kandidaten. Geweigerde invoer stopt met afsluitcode 2.
            """
    )

    @Argument(help: "Bestand met stembiljetten (.json of .csv); - leest van de standaardinvoer.")
    var file: String

    @Flag(help: "Schrijf het resultaat als JSON.")
    var json = false

    @Option(
        help: "Kandidaten in deze volgorde, gescheiden door komma's (anders: alle namen in volgorde van voorkomen).")
    var candidates: String?

    @Option(help: "Taal van de uitvoer: nl of en.")
    var lang: Language = .nl

    func run() throws {
        let given = candidates.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let profile: RankingProfile
        do {
            profile = try RankingInput.profile(path: file, candidates: given, limits: Self.limits)
        } catch {
            FileHandle.standardError.write(Data((error.rendered(in: lang) + "\n").utf8))
            throw ExitCode(2)
        }
        let report = RankingReport(profile)
        print(json ? report.jsonText : report.table(in: lang), terminator: "")
    }
}
