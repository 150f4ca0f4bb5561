public import NoaberCore

extension RankingReport {
    /// A readable table for the terminal: every method's order and winners, the agreement sentence, each
    /// candidate's mean rank, Borda points and rank spread, and every ballot's distance to the Kemeny ranking.
    public func table(in language: Language = .nl) -> String {
        let nl = language == .nl
        var lines: [String] = []
        let n = profile.candidateCount
        let m = profile.voterCount
        if nl {
            let ballots = m == 1 ? "stembiljet" : "stembiljetten"
            lines.append("Rangschikking van \(n) \(n == 1 ? "kandidaat" : "kandidaten") op \(m) \(ballots)")
        } else {
            let ballots = m == 1 ? "ballot" : "ballots"
            lines.append("Ranking of \(n) \(n == 1 ? "candidate" : "candidates") on \(m) \(ballots)")
        }
        lines.append("")

        var rows: [[String]] = [nl ? ["Methode", "Volgorde", "Winnaar(s)"] : ["Method", "Order", "Winner(s)"]]
        if let kemeny = kemenyYoung {
            rows.append(["Kemeny-Young", orderText(kemeny.order), namesText(kemeny.winners)])
        }
        rows.append(["Schulze", orderText(schulze.order), namesText(schulze.winners)])
        rows.append(["Copeland", orderText(copeland.order), namesText(copeland.winners)])
        rows.append(["Borda", orderText(borda.order), namesText(borda.winners)])
        rows.append([nl ? "Gemiddelde rang" : "Mean rank", orderText(meanRank.order), namesText(meanRank.winners)])
        rows.append([
            nl ? "Meeste eerste plaatsen" : "Plurality", orderText(plurality.order), namesText(plurality.winners),
        ])
        rows.append([
            nl ? "Alternatieve stem" : "Instant runoff", orderText(instantRunoff.order),
            namesText(instantRunoff.winners),
        ])
        lines += TerminalTable.lines(rows)
        lines.append("")

        if let kemeny = kemenyYoung {
            lines.append(
                nl
                    ? "Kemeny-Young: totale afstand \(kemeny.distance), \(kemeny.optimalCount) optimale "
                        + (kemeny.optimalCount == 1 ? "volgorde." : "volgordes.")
                    : "Kemeny-Young: total distance \(kemeny.distance), \(kemeny.optimalCount) optimal "
                        + (kemeny.optimalCount == 1 ? "ranking." : "rankings."))
        } else if let kemenyRefusal {
            lines.append(
                kemenyRefusal.message(in: language).prefix(1).uppercased()
                    + kemenyRefusal.message(in: language).dropFirst() + ".")
        }
        lines.append(agreementSentence(in: language))
        lines.append("")

        var candidateRows: [[String]] = [
            nl
                ? ["Kandidaat", "Gem. rang", "Borda", "Min", "Q1", "Mediaan", "Q3", "Max"]
                : ["Candidate", "Mean rank", "Borda", "Min", "Q1", "Median", "Q3", "Max"]
        ]
        for candidate in 0..<n {
            var row = [
                profile.candidates[candidate],
                DecimalText.fixed(meanRank.scores[candidate], decimals: 2, language: language),
                DecimalText.compact(borda.scores[candidate], decimals: 1, language: language),
            ]
            if spreads.indices.contains(candidate) {
                let spread = spreads[candidate]
                row += [spread.minimum, spread.lowerQuartile, spread.median, spread.upperQuartile, spread.maximum]
                    .map { DecimalText.compact($0, decimals: 2, language: language) }
            }
            candidateRows.append(row)
        }
        lines += TerminalTable.lines(candidateRows)

        if let distancesToKemeny, !distancesToKemeny.isEmpty {
            lines.append("")
            lines.append(
                nl
                    ? "Afstand van elk stembiljet tot de Kemeny-volgorde:"
                    : "Distance of each ballot to the Kemeny ranking:")
            for (number, distance) in distancesToKemeny.enumerated() {
                lines.append(nl ? "  stembiljet \(number + 1): \(distance)" : "  ballot \(number + 1): \(distance)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `A > B = C > D`: groups best first, ties joined by `=`.
    public func orderText(_ order: ConsensusOrder) -> String {
        order.map { $0.map { profile.candidates[$0] }.joined(separator: " = ") }.joined(separator: " > ")
    }

    private func namesText(_ indices: [Int]) -> String { profile.names(indices).joined(separator: ", ") }
}
