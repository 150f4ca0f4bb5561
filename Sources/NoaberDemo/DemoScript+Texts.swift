/// The demo's words, per scenario and step (keys `scenario/step` and `scenario/step/item`). Raadsleden speak as
/// raadsleden (about their fractie, the commissie, the wethouder), ambtenaren as ambtenaren (their team, the
/// wijkcoördinator, the subsidy pot). Each person draws another text, so no answer is printed twice. Nothing here
/// addresses the reader: the report's own sentences do that in the scenario's form.
enum DemoScriptTexts {
    static let groups: [String: [String]] = [
        "grasveldje": ["Lokaal Vooruit", "Groen Dorp", "Samen Sterk", "Dorpsbelang Hellendoorn"],
        "democratische-waarden": ["Lokaal Vooruit", "Groen Dorp", "Samen Sterk", "Dorpsbelang Hellendoorn"],
        "zelfanalyse": ["Wijkzaken", "Sociaal domein", "Ruimte en wonen"],
    ]

    /// Raadsleden put openness and legitimacy first, as in most such evenings; efficiency and monitoring last.
    static let orders: [String: [String]] = [
        "democratische-waarden/waarden": [
            "transparantie", "legitimiteit", "invloed", "insluiting", "publieke-verantwoording", "zeggenschap",
            "deliberatie", "checks-and-balances", "diversiteit", "burgerschap", "collectieve-besluitvorming",
            "onafhankelijkheid", "varieteit", "conflictmechanismen", "efficientie", "monitoring",
        ],
        "democratische-waarden/vijf-waarden": ["legitimiteit", "invloed", "inclusie", "deliberatie", "eigenaarschap"],
    ]

    /// Ambtenaren who already work with residents (Doen) but keep the raad at a distance (Raad).
    static let biases: [String: Double] = [
        "zelfanalyse/doen": 0.35, "zelfanalyse/doel": 0.2, "zelfanalyse/raad": -0.3, "zelfanalyse/geld": -0.1,
        "zelfanalyse/organisatieverandering": 0.05,
    ]

    static let merges: [String: [(from: [String], into: String)]] = [
        "grasveldje/rollen": [
            (["bruggenbouwer tussen voor- en tegenstanders"], "verbinder tussen de twee groepen in de buurt")
        ]
    ]

    static let follows: [String: [DemoScript.Follow]] = [
        "grasveldje/toepassen": [
            .conclusion(
                "Bij het grasveldje ziet de raad voor zichzelf vooral een rol als verbinder en scheidsrechter, niet "
                    + "als partij voor het bloemenperk of het trapveldje.")
        ],
        "grasveldje/reflectie": [
            .conclusion(
                "De raad stelt het kader (budget, veiligheid, onderhoud); de inrichting van het veldje laat hij aan "
                    + "de buurt."),
            .leave(-1),
        ],
        "grasveldje/met-de-bevolking": [
            .agreement(
                "De griffie organiseert in maart een inloopavond bij het grasveldje; uit elke fractie gaat een "
                    + "raadslid mee om te luisteren."),
            .agreement("Het presidium bespreekt in januari hoe de raad vaker mét de buurt kan spreken."),
        ],
        "democratische-waarden/waarden": [
            .conclusion(
                "Over de bovenste waarden is de raad het grotendeels eens; lager in de lijst lopen de meningen "
                    + "uiteen.")
        ],
        "democratische-waarden/voorop": [
            .agreement(
                "De werkgroep vernieuwing neemt de gezamenlijke rangorde mee in het voorstel voor de nieuwe "
                    + "inspraakverordening."),
            .agreement("De griffie stuurt dit verslag binnen twee weken aan alle raadsleden."),
        ],
        "zelfanalyse/organisatieverandering": [
            .conclusion(
                "De scores lopen per thema uiteen; het gesprek ging vooral over ruimte geven aan initiatieven en over "
                    + "wat de organisatie daarvoor nodig heeft.")
        ],
        "zelfanalyse/acties": [
            .agreement("Over drie maanden bespreekt de groep op een terugkomochtend wat er van de acties is gekomen.")
        ],
    ]

    static let answers: [String: [String]] = [
        "grasveldje/rollen": [
            "verbinder tussen de twee groepen in de buurt", "luisteraar die eerst de buurt hoort",
            "bruggenbouwer tussen voor- en tegenstanders", "bewaker van de spelregels voor het buurtbesluit",
            "aanjager van een buurtgesprek", "hoeder van het algemeen belang",
            "makelaar tussen buurt en gemeentelijke diensten", "kadersteller die het budget vastlegt",
        ],
        "grasveldje/reflectie": [
            "Loslaten betekent voor mij dat de raad het kader stelt en dat de buurt binnen dat kader kiest.",
            "Ik merk dat ik snel wil sturen als er klachten binnenkomen. Bij het grasveldje zou ik eerst afwachten wat "
                + "de buurt zelf voorstelt.",
            "Sturen blijft nodig waar het om geld en veiligheid gaat; de inrichting van een veldje kan de buurt zelf.",
            "Ik ben gekozen om keuzes te maken. Loslaten mag geen excuus worden om niet te besluiten.",
            "De balans ligt voor mij in heldere spelregels vooraf: wat mag de buurt beslissen en wat beslist de raad.",
            "Ik wil vaker vragen wat inwoners nodig hebben, in plaats van meteen met een oplossing te komen.",
            "Voor onze fractie is dit lastig: wij beloven kiezers iets, en dan laten we het aan de buurt over.",
            "Loslaten vraagt vertrouwen in inwoners, en dat vertrouwen moet de raad ook hardop uitspreken.",
            "Sturen op het proces, loslaten op de inhoud: zo zou ik het bij het grasveldje doen.",
            "Ik stuur nu vooral via vragen aan de wethouder; rechtstreeks contact met de buurt zou beter werken.",
            "Bij het grasveldje zou ik niet vooraf kiezen tussen bloemen en voetbal.",
            "Als raadslid kan ik ook loslaten door de uitkomst van de buurt te steunen, ook als ik zelf anders had "
                + "gekozen.",
        ],
        "grasveldje/met-de-bevolking": [
            "Ik ga op een zaterdagochtend zelf naar het grasveldje en praat met wie er is, in plaats van alleen de "
                + "brieven te lezen.",
            "Niet namens de buurt spreken in de commissie, maar twee bewoners uitnodigen om zelf in te spreken.",
            "Bij het grasveldje laat ik de buurt eerst vertellen wat ze willen, voordat onze fractie een standpunt "
                + "inneemt.",
            "Samen met de wijkagent en de jongerenwerker een buurtgesprek houden, met de kinderen erbij.",
            "Na het besluit uitleggen wat we met de inbreng van de buurt hebben gedaan; dat vergeten we nu vaak.",
            "De buurtapp gebruiken om te peilen, maar ook aanbellen bij wie daar niet op zit.",
            "Mét de bevolking spreken betekent ook tegenspraak horen zonder meteen in de verdediging te schieten.",
            "Een inloopavond in het buurthuis in plaats van een inspraakavond in het gemeentehuis.",
            "Ik neem mee dat luisteren soms meer oplevert dan vertellen.",
            "De raad kan een klein budget beschikbaar stellen en de buurt laten kiezen; dan praten we echt samen.",
            "Ik wil de ouders van de voetballende kinderen net zo goed horen als de bewoners die om bloemen vragen.",
            "Minder zelf het woord voeren op bijeenkomsten; de buurt heeft de kennis over het veldje.",
        ],
        "grasveldje/toepassen/spelontwikkelaar": [
            "Als spelontwikkelaar laat ik de buurt zelf de spelregels maken: twee avonden praten, daarna kiezen de "
                + "omwonenden."
        ],
        "grasveldje/toepassen/scheidsrechter": [
            "Als scheidsrechter kies ik geen kant. Ik let erop dat beide groepen evenveel ruimte krijgen en dat de "
                + "uitkomst eerlijk tot stand komt."
        ],
        "grasveldje/toepassen/bewaker-interactie": [
            "Als bewaker van interactie zorg ik dat ook de ouders van de kinderen die er nu voetballen aan tafel "
                + "komen, niet alleen de vaste insprekers."
        ],
        "grasveldje/toepassen/ombudsman": [
            "Als ombudsman ga ik langs bij de bewoners die klagen over het trapveldje en neem ik hun zorgen mee naar "
                + "de commissie."
        ],
        "grasveldje/toepassen/belangenbehartiger": [
            "Als belangenbehartiger spreek ik voor de kinderen in de wijk; zij hebben nu geen andere plek om te "
                + "spelen."
        ],
        "grasveldje/toepassen/procesarchitect": [
            "Als procesarchitect stel ik voor: eerst een inloopavond, dan twee ontwerpen, dan een keuze door de buurt "
                + "binnen een budget dat de raad vaststelt."
        ],
        "grasveldje/toepassen/publieke-mediator": [
            "Als mediator breng ik de twee woordvoerders samen. Misschien past een bloemenrand rond een kleiner "
                + "trapveldje."
        ],
        "grasveldje/toepassen": [
            "In deze rol vraag ik de buurt om samen één voorstel te maken, dat ik daarna in de raad verdedig.",
            "In deze rol zorg ik dat de raad pas besluit als beide groepen gehoord zijn.",
            "In deze rol kijk ik vooral naar wat het veldje over tien jaar moet zijn, niet alleen naar de ruzie van "
                + "nu.",
            "In deze rol vraag ik de wethouder om een ambtenaar vrij te maken die de buurt helpt met een plan.",
            "In deze rol leg ik vooraf vast hoeveel geld er is, zodat de buurt weet waar ze over kiest.",
            "In deze rol ga ik met beide groepen het veldje op, met een meetlint en een kaart.",
        ],
        "democratische-waarden/voorop/insluiting": [
            "Insluiting staat voor mij voorop: ik zoek bewust de inwoners op die nooit naar een inspraakavond komen.",
            "Bij insluiting denk ik aan jongeren en nieuwkomers; onze fractie nodigt hen zelf uit.",
            "Ik vraag bij elk raadsvoorstel welke groepen niet aan tafel zaten, en waarom niet.",
            "Insluiting betekent ook dat ik stukken in gewone taal wil, zodat iedereen kan meelezen.",
            "Ik ga naar de plekken waar mensen al zijn, zoals de sportclub en het buurthuis.",
        ],
        "democratische-waarden/voorop/diversiteit": [
            "Diversiteit betekent dat ik bij elk dossier nakijk wiens stem we nog niet gehoord hebben.",
            "Ik let erop dat een klankbordgroep niet alleen uit de bekende gezichten bestaat.",
        ],
        "democratische-waarden/voorop/varieteit": [
            "Variëteit: niet elke wijk is hetzelfde, dus ook de manier van meepraten mag verschillen.",
            "Ik sta open voor andere vormen dan de inspraakavond, zoals een gesprek op straat.",
        ],
        "democratische-waarden/voorop/invloed": [
            "Invloed moet echt zijn: als de raad inwoners iets vraagt, moet hun antwoord ook iets kunnen veranderen.",
            "Ik zeg vooraf eerlijk hoeveel ruimte er is, zodat niemand teleurgesteld raakt.",
            "Invloed vraagt dat de raad inbreng ook terugziet in het besluit; daar stel ik vragen over aan het college.",
            "Ik wil dat inwoners aan het begin meepraten, niet pas als het voorstel al klaar is.",
            "Als raadslid weeg ik de uitkomst van een buurtgesprek serieus, ook als die mij niet uitkomt.",
            "Ik laat inwoners zien wat er met hun inbreng is gedaan, ook als het antwoord nee is.",
            "Invloed begint bij de agenda: ik vraag inwoners welke onderwerpen de raad moet bespreken.",
        ],
        "democratische-waarden/voorop/deliberatie": [
            "Deliberatie vraagt tijd: ik stel liever een besluit uit dan dat we zonder gesprek besluiten.",
            "Ik wil in de commissie vaker argumenten uitwisselen in plaats van standpunten herhalen.",
            "Ik luister eerst naar andere fracties voordat onze fractie een standpunt bepaalt.",
        ],
        "democratische-waarden/voorop/collectieve-besluitvorming": [
            "Collectieve besluitvorming: ik zoek eerst steun bij andere fracties voordat ik een motie indien.",
            "Samen besluiten betekent voor mij ook dat ik een meerderheidsbesluit uitdraag.",
        ],
        "democratische-waarden/voorop/zeggenschap": [
            "Zeggenschap geef ik waar het kan: over hun eigen straat mogen bewoners het laatste woord hebben.",
            "Ik wil dat buurten zelf een deel van het wijkbudget verdelen.",
            "Zeggenschap vraagt van mij dat ik een keuze van de buurt niet later in de raad terugdraai.",
        ],
        "democratische-waarden/voorop/burgerschap": [
            "Burgerschap gaat over meedoen; ik stimuleer initiatieven van inwoners en sta ze niet in de weg.",
            "Ik zie inwoners als medeverantwoordelijk voor de wijk, niet alleen als klant van de gemeente.",
        ],
        "democratische-waarden/voorop/onafhankelijkheid": [
            "Onafhankelijkheid: ik laat me informeren door belangengroepen, maar ik weeg zelf.",
            "Ik wil als raadslid vrij blijven van de lijn van het college als mijn achterban iets anders vraagt.",
        ],
        "democratische-waarden/voorop/efficientie": [
            "Efficiëntie: een participatietraject moet in verhouding staan tot het besluit.",
            "Ik vraag bij elk traject wat het kost en wat het oplevert.",
        ],
        "democratische-waarden/voorop/legitimiteit": [
            "Legitimiteit staat voorop: een besluit moet uit te leggen zijn aan wie het raakt.",
            "Ik toets of een besluit gedragen wordt buiten de raadszaal, niet alleen erbinnen.",
            "Een besluit is pas legitiem als de procedure eerlijk was; daar let ik in de commissie op.",
            "Ik stel me op als volksvertegenwoordiger die ook de stille meerderheid meeweegt.",
            "Legitimiteit verdient de raad door zich aan de eigen afspraken te houden.",
        ],
        "democratische-waarden/voorop/transparantie": [
            "Transparantie betekent voor mij dat ik stukken vroeg deel en uitleg hoe ik tot mijn stem kom.",
            "Ik zet mijn overwegingen na elke raadsvergadering op de website van onze fractie.",
            "Openheid over wat wel en niet meer kan veranderen; dat voorkomt schijninspraak.",
            "Ik vraag het college om informatie openbaar te maken, tenzij er een goede reden is om dat niet te doen.",
            "Transparantie vraagt ook dat ik uitleg waarom ik van mening ben veranderd.",
            "Ik wil dat inwoners kunnen volgen wie wat heeft gezegd en waarom een besluit zo is uitgevallen.",
        ],
        "democratische-waarden/voorop/publieke-verantwoording": [
            "Publieke verantwoording: ik leg in de wijk uit waarom de raad besloot zoals hij besloot.",
            "Ik wil dat de raad jaarlijks terugkijkt op wat er met de inbreng van inwoners is gebeurd.",
            "Ik ga na een besluit terug naar de mensen die hebben ingesproken en vertel wat ermee is gebeurd.",
            "Verantwoording afleggen doe ik ook als iets mislukt is.",
        ],
        "democratische-waarden/voorop/monitoring": [
            "Monitoring: ik vraag het college om na een jaar te rapporteren wat een besluit heeft opgeleverd.",
            "Ik volg zelf een paar dossiers tot het eind, ook als ze van de agenda verdwenen zijn.",
        ],
        "democratische-waarden/voorop/conflictmechanismen": [
            "Conflicten horen erbij; ik wil dat er een vaste plek is waar inwoners bezwaar kunnen maken.",
            "Bij onenigheid in een buurt zoek ik eerst bemiddeling voordat de raad beslist.",
        ],
        "democratische-waarden/voorop/checks-and-balances": [
            "Checks & balances: de raad controleert, en daar hoort ook kritiek op ons eigen proces bij.",
            "Ik let erop dat de rekenkamer en de ombudsman hun werk kunnen doen.",
            "Ik stel kritische vragen, ook aan wethouders van mijn eigen partij.",
        ],
        "zelfanalyse/reflectie": [
            "Ik schuif vaak aan bij bewonersavonden, maar ik neem daar zelden iets mee terug naar mijn team.",
            "Mijn score op Geld is laag: ik grijp snel naar de subsidiepot terwijl bewoners vaak iets anders nodig "
                + "hebben.",
            "Ik wil eerst precies weten wat er speelt voordat ik in gesprek ga, en dat remt me af.",
            "Bij Raad scoor ik laag: ik betrek raadsleden pas als het plan al klaar is.",
            "Ik geef initiatieven ruimte, maar ik merk dat mijn leidinggevende het risico niet wil dragen.",
            "Wat ik nog niet doe: bewoners vragen wat zij zelf willen betalen of regelen.",
            "Ik merk dat ik vooral in nota's denk; een klein experiment zou meer opleveren.",
            "Mijn team werkt nog te veel vanuit het gemeentehuis; ik wil vaker de wijk in.",
            "Ik heb een netwerk in de wijk nodig, en tijd in mijn planning om dat te onderhouden.",
            "Bij Organisatieverandering zie ik dat ik wacht op de directie in plaats van zelf te beginnen.",
        ],
        "zelfanalyse/pop-op/waar-sta-ik": [
            "Ik ben goed in contact leggen met bewoners; regels uitleggen lukt minder goed.",
            "Ik ken de wijk goed, maar ik weet weinig van participatievormen buiten de inspraakavond.",
            "Ervaren in projectleiding, nieuw in het werken met bewonersinitiatieven.",
            "Ik werk al jaren in het sociaal domein en ken de partners; de raad ken ik nauwelijks.",
            "Ik kan goed luisteren, maar ik neem te snel het werk van bewoners over.",
        ],
        "zelfanalyse/pop-op/waar-wil-ik-naartoe": [
            "Over twee jaar wil ik bekendstaan als de ambtenaar bij wie initiatiefnemers terechtkunnen.",
            "Ik wil binnen een jaar een experiment met een wijkbudget begeleid hebben.",
            "Ik wil dat mijn afdeling standaard vraagt wat bewoners zelf al doen, voordat er beleid komt.",
            "Meer regie bij de buurt en minder bij ons: dat is mijn doel voor mijn wijken.",
            "Ik wil de verbinding leggen tussen raadsleden en de initiatieven in mijn wijk.",
        ],
        "zelfanalyse/pop-op/wat-heb-ik-nodig": [
            "Een training in gespreksvoering en ruimte van mijn leidinggevende om te experimenteren.",
            "Kennis van de subsidieregels, zodat ik initiatiefnemers snel de weg kan wijzen.",
            "Een collega bij een andere gemeente om van te leren; eerst dat.",
            "Tijd in mijn planning voor de wijk, minstens een middag per week.",
            "Meer zicht op wat de raad wil, via de griffie.",
        ],
        "zelfanalyse/pop-op/wat-ga-ik-doen": [
            "Elke maand een ochtend in het buurthuis werken in plaats van op het stadskantoor.",
            "Een initiatief uit mijn wijk begeleiden van idee tot uitvoering, en vastleggen wat ik leer.",
            "Een lunch organiseren met raadsleden en twee initiatiefnemers.",
            "Met mijn team de vergunningsroute voor bewonersinitiatieven korter maken.",
            "Mijn volgende beleidsnotitie eerst met bewoners bespreken voordat hij naar het college gaat.",
        ],
        "zelfanalyse/pop-op/kansen-bedreigingen": [
            "Kans: de nieuwe wethouder wil dit ook. Bedreiging: de werkdruk in mijn team.",
            "Mijn leidinggevende geeft ruimte; de regels rond aanbesteden houden me tegen.",
            "Kans: actieve bewoners in de wijk. Bedreiging: wantrouwen na het vorige project.",
            "Collega's die willen meedoen geven vaart; de planning-en-controlcyclus remt.",
            "De bezuinigingen zijn een bedreiging, maar ze dwingen ook om anders te werken.",
        ],
    ]

    /// Actions ambtenaren commit to, as "wat | met wie | wanneer" (dates typed as the room types them; no one named
    /// for "met wie" is an empty middle).
    static let actions: [String] = [
        "Een ochtend per maand werken vanuit het buurthuis | de wijkcoördinator | 2027-02-01",
        "Vergunningsroute voor bewonersinitiatieven in kaart brengen | team Vergunningen | voor de zomer",
        "Lunch met raadsleden en initiatiefnemers organiseren | de griffie | 15-3-2027",
        "Subsidieregeling buurtinitiatieven vereenvoudigen | Financiën | 2027-06-30",
        "Terugkoppeling aan de bewoners van de Esch sturen |  | binnen een maand",
        "Intervisie over overheidsparticipatie opzetten | twee collega's van Wijkzaken | 1 april 2027",
        "Initiatiefnemers van het speelbos uitnodigen voor een gesprek | de jongerenwerker | 2027-01-20",
        "Werkbezoek aan een gemeente met een wijkbudget plannen | de teamleider | voor de zomer",
        "Raadsleden meenemen naar een bewonersavond in de Esch | de griffie | 2027-04-15",
        "Checklist ‘eerst bewoners vragen’ maken voor nieuwe notities | team Beleid | 1-5-2027",
        "Buurtbudget voor de Esch voorbereiden | Financiën en de wijkraad | na de zomer",
        "Ervaringen met het initiatievenloket delen op het intranet | Communicatie | binnen twee maanden",
    ]
}
