import ArgumentParser

@main
struct Noaber: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noaber",
        abstract: "Noaber: werkvormen voor lokale democratie (scenario's, sessies, verslagen).",
        // In the order a facilitator meets them: try it, pick a scenario, run it, take the results home.
        subcommands: [
            DemoCommand.self,
            ScenariosCommand.self,
            ShowCommand.self,
            FormsCommand.self,
            ValidateCommand.self,
            NewCommand.self,
            RunCommand.self,
            ResumeCommand.self,
            ServeCommand.self,
            SessionsCommand.self,
            ExportCommand.self,
            Import.self,
            MergeCommand.self,
            PurgeCommand.self,
            Rank.self,
        ]
    )
}
