/// A ready-made session plan ("scenario"): metadata, the roles in the room and an ordered agenda of steps.
///
/// Loaded from XML by `NoaberFormats.ScenarioLoader`; every field is plain data so that a scenario can be
/// compared, stored beside a session and embedded in an export.
public struct Scenario: Sendable, Equatable, Hashable, Codable {
    /// Stable identifier, also the file stem in `Scenarios/` (for example `grasveldje`).
    public var id: String
    /// Version of this scenario text; sessions record it so that a report names what was run.
    public var version: String
    public var title: String
    public var summary: String
    /// Who it is for, in the room's words (for example "raadsleden").
    public var audience: String
    /// The form of address the scenario declares (`<audience address="…">`); nil when it leaves it to the
    /// audience. Kept apart from `address` so that a scenario is written back as it was read.
    public var declaredAddress: FormOfAddress? {
        get { addressMark.flatMap(FormOfAddress.init(rawValue:)) }
        set { addressMark = newValue?.rawValue }
    }
    /// The declared form as its raw text, coded under `address`; absent in settings stored before it existed.
    private var addressMark: String?
    /// BCP 47 language of the texts; `nl` for every scenario shipped.
    public var language: String
    /// Total planned duration in minutes, as the author states it.
    public var minutes: Int
    public var sources: [SourceReference]
    public var facilitator: FacilitatorRole
    /// Participant groups in the room (fracties, afdelingen, tafels). May be empty.
    public var groups: [ParticipantGroup]
    public var steps: [Step]

    public init(
        id: String, version: String, title: String, summary: String, audience: String, language: String,
        minutes: Int, sources: [SourceReference], facilitator: FacilitatorRole, groups: [ParticipantGroup],
        steps: [Step], address: FormOfAddress? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.audience = audience
        self.addressMark = address?.rawValue
        self.language = language
        self.minutes = minutes
        self.sources = sources
        self.facilitator = facilitator
        self.groups = groups
        self.steps = steps
    }

    private enum CodingKeys: String, CodingKey {
        case id, version, title, summary, audience, language, minutes, sources, facilitator, groups, steps
        case addressMark = "address"
    }

    /// How every sentence Noaber writes for this scenario addresses the reader (reports, console prompts): as
    /// declared, else by audience (raadsleden `u`).
    public var address: FormOfAddress {
        get { declaredAddress ?? .default(forAudience: audience) }
        set { declaredAddress = newValue }
    }

    /// The step with this id, if any.
    public func step(_ id: Step.ID) -> Step? { steps.first { $0.id == id } }

    /// Position of a step in the agenda.
    public func index(of id: Step.ID) -> Int? { steps.firstIndex { $0.id == id } }

    /// Sum of the planned minutes of all steps (may differ from `minutes`, which includes breaks).
    public var plannedStepMinutes: Int { steps.reduce(0) { $0 + $1.minutes } }

    /// The steps whose items come, directly or through other steps, from `step`, in agenda order: the steps whose
    /// inputs an edit of `step`'s items (a merge, a withdrawal) can leave pointing at nothing.
    public func steps(derivingItemsFrom step: Step.ID) -> [Step] {
        var derived: Set<Step.ID> = [step]
        return steps.filter { candidate in
            guard let referenced = candidate.activity.itemSource?.referencedStep, derived.contains(referenced) else {
                return false
            }
            derived.insert(candidate.id)
            return true
        }
    }
}

/// A reference to one of the seed texts a scenario quotes.
public struct SourceReference: Sendable, Equatable, Hashable, Codable {
    /// File name in `../shared/seeds/`, for example `000_c54cfe4b123b358a.txt`.
    public var file: String
    /// Section in that text, for example `§3 Raad`.
    public var section: String?
    /// A human-readable citation (title of the publication).
    public var citation: String

    public init(file: String, section: String? = nil, citation: String) {
        self.file = file
        self.section = section
        self.citation = citation
    }
}

/// Who runs the session (begeleider, griffier, trainer).
public struct FacilitatorRole: Sendable, Equatable, Hashable, Codable {
    /// How the room calls the facilitator, for example "griffier".
    public var title: String
    public var description: String?

    public init(title: String, description: String? = nil) {
        self.title = title
        self.description = description
    }
}

/// A group of participants (fractie, afdeling, tafel).
public struct ParticipantGroup: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
