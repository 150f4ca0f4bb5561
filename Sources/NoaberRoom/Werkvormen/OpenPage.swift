import NoaberCore

/// `open`: one answer to the prompt, or one per item (`tekst_ITEM`); an answer that exists is revised.
enum OpenPage {
    static func limits(_ settings: OpenSettings, step: Step, state: SessionState) -> [String: Int] {
        var limits = ["tekst": settings.maxLength]
        for item in state.items(for: step.id) { limits["tekst_\(item.id)"] = settings.maxLength }
        return limits
    }

    static func context(
        _ settings: OpenSettings, step: Step, state: SessionState, participant: ParticipantID
    ) -> [String: Any] {
        let own = state.inputs(for: step.id).filter { $0.participant == participant }
        func answer(_ item: Item.ID?) -> String {
            for record in own { if case .open(item, let text) = record.input { return text } }
            return ""
        }
        if settings.items == nil {
            return ["limiet": settings.maxLength, "zonderItems": true, "antwoord": answer(nil)]
        }
        return [
            "limiet": settings.maxLength,
            "vragen": state.items(for: step.id, participant: participant).map { item in
                ["veld": "tekst_\(item.id)", "tekst": item.text, "antwoord": answer(item.id)]
            },
        ]
    }

    /// Submit or revise per answered item; an empty field leaves that item alone.
    static func commands(
        _ settings: OpenSettings, step: Step, form: RoomForm, state: SessionState, participant: ParticipantID
    ) throws(RoomError) -> [SessionCommand] {
        let own = state.inputs(for: step.id).filter { $0.participant == participant }
        func existing(_ item: Item.ID?) -> InputID? {
            own.first { if case .open(item, _) = $0.input { true } else { false } }?.id
        }
        var fields: [(Item.ID?, String)] = []
        if settings.items == nil {
            fields = [(nil, try form.required("tekst", limit: settings.maxLength))]
        } else {
            for item in state.items(for: step.id, participant: participant) {
                if let text = try form.text("tekst_\(item.id)", limit: settings.maxLength),
                    !text.trimmedWhitespace.isEmpty
                {
                    fields.append((item.id, text))
                }
            }
            guard !fields.isEmpty else { throw .invalidField("antwoord") }
        }
        return fields.map { item, text in
            let input = Input.open(item: item, text: text)
            if let id = existing(item) { return .revise(id, input) }
            return .submit(participant: participant, step: step.id, input: input)
        }
    }

    static func summary(item: Item.ID?, text: String, step: Step, state: SessionState) -> String {
        guard let item, let found = state.items(for: step.id).first(where: { $0.id == item }) else { return text }
        return "\(found.text): \(text)"
    }
}
