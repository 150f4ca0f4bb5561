/// Consensus methods a `rank` step can name as its headline method.
public enum RankMethod: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case kemenyYoung = "kemeny-young"
    case schulze
    case borda
    case copeland
    case meanRank = "mean-rank"
    case plurality
    case instantRunoff = "instant-runoff"
}

/// `rank`: order a list, full or top-k.
public struct RankSettings: Sendable, Equatable, Hashable, Codable {
    public var items: ItemSource
    /// `nil`: a full ranking. Otherwise a top-k prefix of exactly `top` items (or up to the item count).
    public var top: Int?
    public var method: RankMethod

    public init(items: ItemSource, top: Int? = nil, method: RankMethod = .kemenyYoung) {
        self.items = items
        self.top = top
        self.method = method
    }
}

extension SessionState {
    /// Items best first: distinct known items, all of them for a full ranking, at most `top` for a top-k one.
    func validateRank(_ order: [Item.ID], settings: RankSettings, own: StepParticipant) throws(SessionError) {
        let known = try requireDistinctKnown(order, own)
        if let top = settings.top {
            // A participant may stop before `top`: the aggregation treats unlisted items as tied below.
            let limit = Swift.min(top, known.count)
            guard order.count <= limit else { throw .tooManyItems(step: own.step, count: order.count, limit: limit) }
        } else if !known.areAll(order.count) {
            let listed = Set(order)
            let missing = items(for: own.step, participant: own.participant).map(\.id).filter { !listed.contains($0) }
            throw .missingItems(step: own.step, items: missing)
        }
    }

    /// A participant's own top `count` of the ranking step `earlier` (empty when they did not rank); without a
    /// participant, every item of the ranked step (what any participant could have).
    func ownTop(of earlier: Step.ID, count: Int, participant: ParticipantID?) -> [Item] {
        let universe = items(for: earlier, participant: participant)
        guard let participant else { return universe }
        guard let answer = answers[AnswerKey(step: earlier, participant: participant, item: nil)],
            case .rank(let order)? = input(answer)?.input
        else { return [] }
        let byID = Dictionary(universe.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return order.prefix(count).compactMap { byID[$0] }
    }

    /// A step that takes the top of a ranking must name a `rank` step.
    static func checkTopSource(of step: Step, earlier: Step) throws(SessionError) {
        guard case .topOfRanking(let referenced, _) = step.activity.itemSource else { return }
        guard case .rank = earlier.activity else {
            throw .topOfRankingNeedsRankStep(step: step.id, referenced: referenced)
        }
    }

    /// Refuses a revision or withdrawal of a ranking when the participant already answered, in a step built on
    /// their own top of it (`topOfRanking`, directly or through `fromStep`), about an item the new order drops
    /// from that top: the answer would point at an item they no longer have.
    func requireTopKept(step ranked: Step.ID, participant: ParticipantID, newOrder: [Item.ID]) throws(SessionError) {
        guard let steps = settings?.scenario.steps else { return }
        var topCount: [Step.ID: Int] = [:]
        for candidate in steps {
            switch candidate.activity.itemSource {
            case .topOfRanking(ranked, let count): topCount[candidate.id] = count
            case .fromStep(let earlier): if let count = topCount[earlier] { topCount[candidate.id] = count }
            default: continue
            }
            guard let count = topCount[candidate.id] else { continue }
            let kept = Set(newOrder.prefix(count))
            for record in inputs(for: candidate.id) where record.participant == participant {
                if let item = record.input.referencedItems.first(where: { !kept.contains($0) }) {
                    throw .itemInUse(item: item, step: candidate.id, input: record.id)
                }
            }
        }
    }

    /// Refuses a new item in `step` once a full ranking of its items has inputs: those rankings are permutations
    /// of the items as they were, and a new item would leave them incomplete.
    func requireNoCompleteOrders(derivedFrom step: Step.ID) throws(SessionError) {
        guard let scenario else { return }
        var derived: Set<Step.ID> = [step]
        for candidate in scenario.steps {
            guard case .fromStep(let earlier) = candidate.activity.itemSource, derived.contains(earlier) else {
                continue
            }
            derived.insert(candidate.id)
            if case .rank(let settings) = candidate.activity, settings.top == nil,
                let first = inputs(for: candidate.id).first
            {
                throw .rankingAlreadyStarted(step: step, ranking: candidate.id, input: first.id)
            }
        }
    }
}

extension SessionError {
    /// The catalogue entries (`MessageCatalogue`) of the refusals only a ranking gives.
    static let rankMessages = #"""
        topOfRankingNeedsRankStep(step, referenced)
        nl: stap ‘{step}’ neemt de top van ‘{referenced}’, maar dat is geen rangschikking
        en: step ‘{step}’ takes the top of ‘{referenced}’, which is not a ranking

        rankingAlreadyStarted(step, ranking, input)
        nl: stap ‘{ranking}’ rangschikt de items van ‘{step}’ al ({input}); een nieuw idee maakt die rangschikking
            onvolledig
        en: step ‘{ranking}’ already ranks the items of ‘{step}’ ({input}); a new idea would make that ranking
            incomplete
        """#

    /// The words of the refusals only a ranking gives that need more than the case's values.
    var rankMessage: Wording? {
        switch self {
        case .missingItems(let step, let items):
            (
                "de rangschikking voor ‘\(step)’ mist \(Self.list(items)); zet alle items op volgorde",
                "the ranking for ‘\(step)’ lacks \(Self.list(items)); order all items"
            )
        default: nil
        }
    }
}
