/// Invented people and sentences for the demo. No real person or party: first names and surnames are common
/// Dutch ones combined at random, fracties are made up.
enum DemoTexts {
    static let firstNames = [
        "Anna", "Bram", "Carla", "Dirk", "Esra", "Frank", "Gerda", "Hamid", "Ineke", "Joost", "Karin", "Lars",
        "Marieke", "Nadia", "Otto", "Petra", "Ruud", "Sanne", "Tom", "Vera",
    ]
    static let surnames = [
        "de Vries", "Bos", "Jansen", "Mulder", "Yilmaz", "de Boer", "Smit", "Visser", "Meijer", "Kok", "Hendriks",
        "Brouwer", "van Dijk", "Kuipers", "Postma", "Wolters", "Nijhuis", "Oude Vrielink", "Ten Have", "El Amrani",
    ]
    static let groups = ["Lokaal Vooruit", "Groen Dorp", "Samen Sterk", "Dorpsbelang Hellendoorn"]

    static let ideas = [
        "bruggenbouwer tussen buurten", "verbinder van buurten", "hoeder van de begroting", "stem van de jongeren",
        "luisteraar op de markt", "aanjager van initiatieven", "bewaker van de lange termijn",
    ]

    static let reflections = [
        "Ik merk dat ik vaak dezelfde rol kies; volgende keer probeer ik bewust een andere.",
        "De rol van scheidsrechter past mij minder dan ik dacht.",
        "Het helpt om eerst te luisteren voordat ik een standpunt inneem.",
        "Wij praten in de raad vooral over procedures en te weinig over wat inwoners willen.",
        "Ik neem mee dat ook wie niet komt opdagen een stem verdient.",
        "Noaberschap begint bij weten wie je buren zijn.",
    ]

    static let actions = [
        "Wijkavond over het grasveldje organiseren", "Jongeren uitnodigen voor de commissievergadering",
        "Voorstel voor een buurtbudget schrijven", "Spreekuur in het dorpshuis houden",
        "Terugkoppeling aan de bewoners sturen",
    ]
    static let deadlines = ["voor de zomer", "binnen een maand", "voor de begrotingsraad", "2027-03-01"]

    static let closingNote = "Goede, open sfeer; iedereen kwam aan het woord."

    static func answer(about item: String, _ random: inout DemoRandom) -> String {
        random.pick([
            "Bij \(item) stel ik me open op en vraag ik eerst door.",
            "\(item.prefix(1).uppercased() + item.dropFirst()) betekent voor mij dat ik stukken vroeg deel.",
            "Als \(item) voorop staat, neem ik de tijd om iedereen te horen.",
        ])
    }

    static func roleNote(_ role: String, _ random: inout DemoRandom) -> String {
        random.pick([
            "Als \(role) vraag ik eerst wat de omwonenden willen met het veldje.",
            "Als \(role) stel ik voor om alle partijen samen te laten komen.",
            "Als \(role) let ik erop dat de kinderen een speelplek houden.",
            "Als \(role) wil ik weten wat het de gemeente kost.",
        ])
    }
}
