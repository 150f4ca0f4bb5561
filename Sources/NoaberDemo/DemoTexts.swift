/// Invented people for the demo. No real person or party: first names and surnames are common Dutch ones
/// combined at random, fracties are made up. What they say is in each werkvorm's `+Sample` file.
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

    /// The facilitator's name (without the title, which the report prints from the scenario): a griffier for the
    /// raad's scenarios, a trainer for the training days, someone else for any other role.
    static func facilitator(titled title: String) -> String {
        switch title.lowercased() {
        case "griffier": "M. Verhoeven"
        case "trainer": "L. de Groot"
        default: "H. Schipper"
        }
    }

    static let closingNote = "Goede, open sfeer; iedereen kwam aan het woord."
}
