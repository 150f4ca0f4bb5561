public import NoaberCore

/// Small scenarios built in code, with one step of every werkvorm, for engine, store and export tests.
public enum SessionSamples {
    public static let start = Timestamp(millisecondsSince1970: 1_790_000_000_000)

    /// Values to rank (`waarden`).
    public static let values: [Item] = [
        Item(id: "v1", text: "Gelijkheid"), Item(id: "v2", text: "Vrijheid"), Item(id: "v3", text: "Solidariteit"),
        Item(id: "v4", text: "Rechtvaardigheid"), Item(id: "v5", text: "Verantwoordelijkheid"),
    ]
    /// Seeded roles of the brainstorm (`rollen`).
    public static let roles: [Item] = [
        Item(id: "volksvertegenwoordiger", text: "Volksvertegenwoordiger"),
        Item(id: "kadersteller", text: "Kadersteller"), Item(id: "controleur", text: "Controleur"),
    ]
    public static let scale = Scale(
        min: 1, max: 5,
        labels: [
            ScaleLabel(value: 1, text: "helemaal oneens"), ScaleLabel(value: 2, text: "oneens"),
            ScaleLabel(value: 3, text: "neutraal"), ScaleLabel(value: 4, text: "eens"),
            ScaleLabel(value: 5, text: "helemaal eens"),
        ]
    )
    public static let categories: [Item] = [
        Item(id: "informeren", text: "Informeren"), Item(id: "raadplegen", text: "Raadplegen"),
        Item(id: "meebeslissen", text: "Meebeslissen"),
    ]

    /// Every werkvorm once, with items listed, brainstormed (`rollen` → `spel`, `ladder`) and taken from a
    /// participant's own top of a ranking (`waarden` → `toelichting`). Step ids name what they test.
    public static let scenario = Scenario(
        id: "proef", version: "1", title: "Proefsessie", summary: "Elke werkvorm één keer.", audience: "raadsleden",
        language: "nl", minutes: 120, sources: [], facilitator: FacilitatorRole(title: "griffier"),
        groups: [ParticipantGroup(id: "vvd", name: "VVD"), ParticipantGroup(id: "cda", name: "CDA")],
        steps: [
            step("intro", 5, .info(InfoSettings(paragraphs: ["Welkom."]))),
            step("rollen", 10, .brainstorm(BrainstormSettings(examples: roles, maxPerParticipant: 2))),
            step(
                "spel", 20,
                .roleplay(
                    RoleplaySettings(
                        roles: .fromStep("rollen"), caseTitle: "Het grasveldje", caseText: "Een grasveldje.",
                        assignment: .all, rounds: 2
                    )
                )
            ),
            step("waarden", 10, .rank(RankSettings(items: .listed(values)))),
            step("top", 5, .rank(RankSettings(items: .listed(values), top: 3, method: .borda))),
            step("toelichting", 10, .open(OpenSettings(items: .topOfRanking("waarden", count: 2), maxLength: 500))),
            step(
                "zelf", 10,
                .likert(
                    LikertSettings(
                        scale: scale,
                        themes: [
                            LikertTheme(
                                id: "t1", title: "Samenwerken",
                                statements: [
                                    LikertStatement(id: "s1", text: "Ik luister."),
                                    LikertStatement(id: "s2", text: "Ik onderbreek.", reversed: true),
                                ],
                                interpretation: [ScoreBand(text: "Goed.")]
                            ),
                            LikertTheme(
                                id: "t2", title: "Ruimte maken",
                                statements: [LikertStatement(id: "s3", text: "Ik geef ruimte.")],
                                interpretation: [ScoreBand(text: "Goed.")]
                            ),
                        ]
                    )
                )
            ),
            step("cijfer", 5, .rate(RateSettings(items: .listed(values), scale: scale))),
            step("keuze", 5, .vote(VoteSettings(items: .listed(values), mode: .single))),
            step("meer", 5, .vote(VoteSettings(items: .listed(values), mode: .multi(max: 2)))),
            step("stippen", 5, .vote(VoteSettings(items: .listed(values), mode: .dots(5)))),
            step("ladder", 10, .classify(ClassifySettings(items: .fromStep("rollen"), categories: categories))),
            step("acties", 10, .actions(ActionsSettings(maxPerParticipant: 2))),
            step("vraag", 5, .open(OpenSettings(maxLength: 200))),
        ]
    )

    public static func settings(id: SessionID = "s1", pseudonymous: Bool = false) -> SessionSettings {
        SessionSettings(
            sessionID: id, scenario: scenario, place: "Raadzaal", facilitatorName: "Griffier",
            pseudonymous: pseudonymous
        )
    }

    private static func step(_ id: Step.ID, _ minutes: Int, _ activity: Activity) -> Step {
        Step(
            id: id, title: "Stap \(id)", minutes: minutes, instructions: "Doe \(id).", prompt: "Vraag \(id)?",
            activity: activity)
    }
}
