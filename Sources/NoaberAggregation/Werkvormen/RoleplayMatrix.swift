public import NoaberCore

/// Notes of a `roleplay` step as a role × participant matrix: what each participant brought in from each role.
///
/// Rows follow the step's roles, columns the participants in the order given (then any who appear only in
/// notes, in order of appearance). Texts in a cell are ordered by round, then in the order given. Notes for roles
/// the step does not have are kept in `unknownRoles`, not dropped.
public struct RoleMatrix: Sendable, Equatable {
    /// Made by the matrix only (with the memberwise initialiser).
    public struct Note: Sendable, Equatable {
        public var round: Int
        public var text: String
    }

    public struct Cell: Sendable, Equatable {
        public var role: Item.ID
        public var participant: String
        public var notes: [Note]
    }

    public struct UnknownRoleNote: Sendable, Equatable {
        public var participant: String
        public var role: Item.ID
        public var note: Note
    }

    public var roles: [Item.ID]
    public var participants: [String]
    /// Row-major, `cells[role][participant]`.
    public var cells: [[Cell]]
    public var unknownRoles: [UnknownRoleNote]

    public init(
        roles: [Item], participants: [String], notes: [(participant: String, role: Item.ID, round: Int, text: String)]
    ) {
        var columns = participants
        var column = Dictionary(participants.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for note in notes where column[note.participant] == nil {
            column[note.participant] = columns.count
            columns.append(note.participant)
        }
        let row = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cells = roles.map { role in columns.map { Cell(role: role.id, participant: $0, notes: []) } }
        var unknown: [UnknownRoleNote] = []
        for note in notes {
            let entry = Note(round: note.round, text: note.text)
            guard let r = row[note.role], let c = column[note.participant] else {
                unknown.append(UnknownRoleNote(participant: note.participant, role: note.role, note: entry))
                continue
            }
            cells[r][c].notes.append(entry)
        }
        for r in cells.indices {
            for c in cells[r].indices {
                // Stable: notes of one round keep the order given.
                cells[r][c].notes = cells[r][c].notes.enumerated().sorted {
                    ($0.element.round, $0.offset) < ($1.element.round, $1.offset)
                }.map(\.element)
            }
        }
        self.roles = roles.map(\.id)
        self.participants = columns
        self.cells = cells
        self.unknownRoles = unknown
    }

    /// Notes per role (row totals), in role order.
    public var notesPerRole: [Int] { cells.map { $0.reduce(0) { $0 + $1.notes.count } } }

    /// Notes per participant (column totals), in participant order.
    public var notesPerParticipant: [Int] {
        participants.indices.map { c in cells.reduce(0) { $0 + $1[c].notes.count } }
    }
}
