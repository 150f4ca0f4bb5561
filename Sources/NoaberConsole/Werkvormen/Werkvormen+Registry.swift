// Dispatch registry: one case per werkvorm, each forwarding to <Kind>Console; see README "Adding a werkvorm"
import NoaberAggregation
import NoaberCore

enum ConsoleWerkvormen {
    /// The words after `submit P STAP` for every werkvorm, in the order `help` lists them.
    static let help =
        BrainstormConsole.help + OpenConsole.help + RoleplayConsole.help + LikertConsole.help + RankConsole.help
        + RateConsole.help + VoteConsole.help + ClassifyConsole.help + ActionsConsole.help

    static func input(for step: Step, words: ConsoleInputWords) throws(ConsoleLineError) -> Input {
        let input: Input?
        do throws(ConsoleError) {
            input = try parse(step.activity, words)
        } catch {
            throw .notUnderstood(error)
        }
        guard let input else { throw .refused(.stepTakesNoInput(step.id)) }
        return input
    }

    /// `nil` for a werkvorm that takes no input.
    private static func parse(_ activity: Activity, _ words: ConsoleInputWords) throws(ConsoleError) -> Input? {
        switch activity {
        case .info: nil
        case .brainstorm(let settings): try BrainstormConsole.input(settings, words)
        case .open(let settings): try OpenConsole.input(settings, words)
        case .roleplay(let settings): try RoleplayConsole.input(settings, words)
        case .likert(let settings): try LikertConsole.input(settings, words)
        case .rank(let settings): try RankConsole.input(settings, words)
        case .rate(let settings): try RateConsole.input(settings, words)
        case .vote(let settings): try VoteConsole.input(settings, words)
        case .classify(let settings): try ClassifyConsole.input(settings, words)
        case .actions(let settings): try ActionsConsole.input(settings, words)
        }
    }

    /// Tab completion after `submit P STAP`: the werkvorm's words, or the values after `key=`.
    static func completions(for step: Step, items: [Item], valueOf key: String?) -> [String] {
        switch step.activity {
        case .info: []
        case .brainstorm(let settings): BrainstormConsole.completions(settings, items: items, valueOf: key)
        case .open(let settings): OpenConsole.completions(settings, items: items, valueOf: key)
        case .roleplay(let settings): RoleplayConsole.completions(settings, items: items, valueOf: key)
        case .likert(let settings): LikertConsole.completions(settings, items: items, valueOf: key)
        case .rank(let settings): RankConsole.completions(settings, items: items, valueOf: key)
        case .rate(let settings): RateConsole.completions(settings, items: items, valueOf: key)
        case .vote(let settings): VoteConsole.completions(settings, items: items, valueOf: key)
        case .classify(let settings): ClassifyConsole.completions(settings, items: items, valueOf: key)
        case .actions(let settings): ActionsConsole.completions(settings, items: items, valueOf: key)
        }
    }

    /// The werkvorm's own lines of a closed step's summary; `nil` for a werkvorm that takes no input (no summary).
    static func summary(for results: StepResults, language: Language) -> [String]? {
        switch results.step.activity {
        case .info: return nil
        case .brainstorm: return BrainstormConsole.summary(results, language: language)
        case .open, .roleplay, .likert, .rank, .rate, .vote, .classify, .actions: break
        }
        switch results.aggregate {
        case .likert(let likert): return LikertConsole.summary(likert, language: language)
        case .rank(let rank): return RankConsole.summary(rank, language: language)
        case .none, .rate, .vote, .classify, .actions: return []
        }
    }
}
