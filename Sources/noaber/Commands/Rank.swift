import ArgumentParser
import Foundation
import NoaberAggregation
import NoaberCore

/// `noaber rank FILE`: consensus rankings for ballots collected elsewhere (a paper round, a spreadsheet).
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract:
            "Rangschikkingen van elders (papier, spreadsheet): consensus volgens alle methoden en overeenstemming.",
        discussion: """
            FILE is JSON {"candidates": [namen], "ballots": [[namen, beste eerst], …]} of CSV (één stembiljet per \
            rij, namen beste eerst, gescheiden door komma's, of door puntkomma's als er nergens een komma staat; \
            geen kopregel; een lege rij is een leeg stembiljet). Niet genoemde namen delen de plaatsen onder de \
            genoemde. Hoogstens 1000 kandidaten, 100000 stembiljetten en \
            2000000 namen op alle stembiljetten samen. Geweigerde invoer stopt met afsluitcode 2.
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
        let language = lang
        let given = candidates.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let profile: RankingProfile
        do {
            let data: Data
            do {
                data =
                    file == "-"
                    ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw RankingInputError(
                    .unreadableFile(FileProblem(foundationError: error)), at: SourceLocation(file: file, line: 0))
            }
            profile = try RankingInput.profile(from: data, fileName: file == "-" ? "<stdin>" : file, candidates: given)
        } catch let error as RankingInputError {
            FileHandle.standardError.write(Data((error.rendered(in: language) + "\n").utf8))
            throw ExitCode(2)
        }
        let report = RankingReport(profile)
        print(json ? report.jsonText : report.table(in: language), terminator: "")
    }
}
