extension SessionState {
    /// The item an input created when it was submitted (an input that becomes an item of its step), or `nil`.
    /// Keyed by the input's id from its committed event, so that with several submitters at once each learns its
    /// own item, and unchanged by later merges (those point the item elsewhere, see `contributionCounts`).
    public func item(createdBy input: InputID, in step: Step.ID) -> Item.ID? {
        boards[step]?.itemOfInput[input]
    }
}

extension SessionState {
    /// The item an input's idea stands under now: the item it created, or the item that was merged into since.
    public func currentItem(ofInput input: InputID, in step: Step.ID) -> Item.ID? {
        guard let board = boards[step], let created = board.itemOfInput[input] else { return nil }
        return board.mergedInto[created] ?? created
    }
}
