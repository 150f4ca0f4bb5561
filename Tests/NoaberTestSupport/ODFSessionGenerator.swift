public import NoaberCore
import NoaberDemo

/// A complete session of any scenario with `count` simulated participants who answer every step, for export
/// tests: the same scenario, count and seed always give the same events. The inputs are NoaberDemo's samples.
public enum ODFSessionGenerator {
    static let names = [
        "Anna de Vries", "Bram Jansen", "Carla Bakker", "Daan Visser", "Eva Smit", "Fenna Meijer",
        "Gert de Boer", "Hanna Mulder", "Ivo de Groot", "Joke Bos",
    ]
    static let birds = ["Merel", "Lijster", "Mus", "Specht", "Zwaluw", "Reiger", "Kievit", "Uil", "Vink", "Gaai"]

    public static func session(
        scenario: Scenario, participants count: Int, seed: UInt64 = 1, pseudonymous: Bool = false,
        start: Timestamp = Timestamp(millisecondsSince1970: 1_795_600_800_000)
    ) throws -> SessionState {
        var random = SessionRandom(seed: seed)
        var room = SimulatedRoom(start: start)
        try room.run(
            .start(
                SessionSettings(
                    sessionID: "\(scenario.id)-\(seed)", scenario: scenario, place: "Raadzaal, Hellendoorn",
                    facilitatorName: "Marleen Griffioen", pseudonymous: pseudonymous)))
        for index in 0..<count {
            let round = index / names.count
            let suffix = round == 0 ? "" : " \(round + 1)"
            let group = scenario.groups.isEmpty ? nil : scenario.groups[index % scenario.groups.count].id
            try room.join(
                name: names[index % names.count] + suffix, group: group, pseudonym: birds[index % birds.count] + suffix,
                leaning: random.unit() * 2 - 1)
        }
        for step in scenario.steps {
            try room.run(.open(step.id), after: 30)
            try room.fill(step, random: &random)
            try room.run(.close(step.id), after: Double(step.minutes) * 50)
        }
        try room.run(.note(step: scenario.steps.first?.id, text: "Iedereen was op tijd."))
        try room.run(.end, after: 60)
        return room.state
    }
}
