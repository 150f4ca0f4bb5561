import ArgumentParser

@main
struct Noaber: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noaber",
        abstract: "Noaber: werkvormen voor lokale democratie (scenario's, sessies, verslagen).",
        subcommands: [
            ExportCommand.self,
            Rank.self,
            RunCommand.self,
            ResumeCommand.self,
            SessionsCommand.self,
            PurgeCommand.self,
            MergeCommand.self,
            DemoCommand.self,
            Import.self,
            ScenariosCommand.self,
            ShowCommand.self,
            ValidateCommand.self,
        ]
    )
}
