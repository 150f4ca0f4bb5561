/// Each participant's last answer per key, for aggregates in which a later answer revises an earlier one (also
/// across submissions). Participants keep the order of their first submission; answers that do not fit are counted.
struct LastAnswers<Key: Hashable, Value> {
    /// In the order of their first submission.
    private(set) var participants: [String] = []
    private(set) var answers: [String: [Key: Value]] = [:]
    /// Answers `fit` turned away (an unknown item, a value off the scale …).
    private(set) var rejected = 0

    /// `fit` gives an answer's key and value, or `nil` for an answer that does not count.
    init<Submissions: Sequence, Answer>(
        _ submissions: Submissions, fit: (Answer) -> (key: Key, value: Value)?
    ) where Submissions.Element == (String, [Answer]) {
        for (participant, given) in submissions {
            if answers[participant] == nil {
                participants.append(participant)
                answers[participant] = [:]
            }
            for answer in given {
                guard let (key, value) = fit(answer) else {
                    rejected += 1
                    continue
                }
                answers[participant]?[key] = value
            }
        }
    }
}
