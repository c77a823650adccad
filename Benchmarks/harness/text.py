"""News-style German and English text composed from template sentences.

Everything is drawn from a `random.Random` passed in, so the same seed gives the same text.
"""

DE_PEOPLE = [
    "Olaf Scholz", "Annalena Baerbock", "Friedrich Merz", "Markus Söder", "Boris Pistorius",
    "Christian Lindner", "Robert Habeck", "Nancy Faeser", "Hendrik Wüst", "Manuela Schwesig",
    "Bärbel Bas", "Jürgen Müller", "Sören Bartol", "Käthe Großmann", "Özlem Yılmaz",
    "Ursula von der Leyen", "Emmanuel Macron", "Xi Jinping", "Alexander Lukaschenko",
    "Wladimir Putin", "Wolodymyr Selenskyj", "Hua Chunying", "Qin Gang", "Jens Stoltenberg",
]
EN_PEOPLE = [
    "Keir Starmer", "Rishi Sunak", "Rachel Reeves", "Joe Biden", "Kamala Harris",
    "Antony Blinken", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Narendra Modi",
    "Anthony Albanese", "Justin Trudeau", "Isabel Cruz", "Mark Rutte", "Ursula von der Leyen",
    "Jacinda Ardern", "Liz Truss", "Sadiq Khan", "Nicola Sturgeon", "Andrés López",
]
DE_PLACES = [
    "Berlin", "München", "Köln", "Düsseldorf", "Nürnberg", "Lübeck", "Görlitz", "Würzburg",
    "Saarbrücken", "Neubrandenburg", "Peking", "Moskau", "Kiew", "Brüssel", "Wien", "Zürich",
    "Paris", "Warschau", "Minsk", "Straßburg", "Osnabrück", "Gießen",
]
EN_PLACES = [
    "London", "Manchester", "Glasgow", "Washington", "New York", "Sydney", "Manila",
    "Toronto", "Brussels", "Beijing", "Moscow", "Kyiv", "Paris", "Berlin", "Delhi",
    "Cape Town", "Dublin", "Cardiff", "Auckland", "Singapore",
]
DE_ORGS = [
    "die Bundesregierung", "der Bundestag", "die SPD", "die CDU", "die Grünen", "die FDP",
    "die Europäische Kommission", "die Nato", "die Deutsche Bahn", "der ADAC",
    "das Statistische Bundesamt", "die Bundesagentur für Arbeit", "der DGB", "die Lufthansa",
    "das Auswärtige Amt", "die Stadtwerke", "der Städtetag", "die Verbraucherzentrale",
]
EN_ORGS = [
    "the government", "Parliament", "the Labour Party", "the Conservatives", "the White House",
    "the European Commission", "Nato", "the Bank of England", "the Treasury", "the NHS",
    "the United Nations", "the World Health Organization", "Network Rail", "the IMF",
    "the Met Office", "the city council", "the Senate", "the trade unions",
]
DE_TOPICS = [
    "Haushalt", "Rente", "Energiepreise", "Wohnungsbau", "Bahnstreik", "Klimaschutz",
    "Migration", "Bürgergeld", "Staatsbesuch", "Ukraine-Krieg", "Inflation", "Wahlrecht",
    "Krankenhausreform", "Grundsteuer", "Hochwasser", "Schulden­bremse", "Fachkräftemangel",
]
EN_TOPICS = [
    "budget", "pensions", "energy prices", "housing", "rail strike", "climate policy",
    "migration", "interest rates", "state visit", "war in Ukraine", "inflation",
    "election reform", "hospital waiting lists", "flooding", "trade talks", "tax cuts",
]
DE_VERBS = ["kritisierte", "verteidigte", "forderte", "kündigte", "begrüßte", "lehnte"]
EN_VERBS = ["criticised", "defended", "called for", "announced", "welcomed", "rejected"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DE_SENTENCES = [
    "{person} {verb} am {day} in {place} die Pläne zum Thema {topic}.",
    "Wie {org} am {day} mitteilte, sollen bis zu {num} Millionen Euro in den Bereich {topic} fließen.",
    "„Wir werden beim Thema {topic} nicht nachgeben“, sagte {person} in {place}.",
    "{place} – Nach Angaben von {person} ist die Lage rund um {topic} weiterhin angespannt.",
    "Die Opposition wirft {org} vor, beim Thema {topic} zu zögerlich zu handeln.",
    "„Das ist ein wichtiges Signal für {place}“, erklärte {person} nach dem Treffen.",
    "Bereits im vergangenen Jahr hatte {org} über {num} Prozent mehr Ausgaben für {topic} gefordert.",
    "Kritiker in {place} halten die Pläne für übereilt und fordern eine gründliche Prüfung.",
    "{person} betonte, man müsse die Sorgen der Bürgerinnen und Bürger ernst nehmen.",
    "Am {day} soll das Gespräch mit {person} in {place} fortgesetzt werden.",
    "Laut einer Umfrage unterstützen {num} Prozent der Befragten den Kurs von {org}.",
    "Über die Einzelheiten wurde zunächst Stillschweigen vereinbart, hieß es aus Kreisen von {org}.",
    "Die Gespräche über {topic} seien „konstruktiv, aber schwierig“ gewesen, so {person}.",
    "In {place} demonstrierten am {day} rund {num}00 Menschen gegen die geplanten Änderungen.",
]
EN_SENTENCES = [
    "{person} {verb} the plans on {topic} in {place} on {day}.",
    "According to {org}, up to {num} million pounds will be spent on {topic}.",
    "“We will not back down on {topic},” {person} said in {place}.",
    "{place} — The situation around {topic} remains tense, {person} said.",
    "The opposition accused {org} of acting too slowly on {topic}.",
    "“This is an important signal for {place},” {person} said after the meeting.",
    "Last year {org} had already called for {num} per cent more spending on {topic}.",
    "Critics in {place} say the plans are rushed and want a thorough review.",
    "{person} stressed that people's concerns had to be taken seriously.",
    "Talks with {person} are due to continue in {place} on {day}.",
    "A poll found that {num} per cent of those asked back the approach taken by {org}.",
    "Details were not disclosed, sources close to {org} said.",
    "Talks on {topic} had been “constructive but difficult”, {person} said.",
    "Around {num}00 people protested in {place} on {day} against the planned changes.",
]
DE_TITLES = [
    "{person} zu Besuch in {place} – Sorge um {topic}?",
    "Streit um {topic}: {org_cap} unter Druck",
    "{topic}: Was die Pläne für {place} bedeuten",
    "„{quote}“ – {person} verteidigt Kurs",
    "{place}: {num} Millionen Euro für {topic}",
]
EN_TITLES = [
    "{person} visits {place} amid concern over {topic}",
    "Row over {topic} puts pressure on {org}",
    "{topic_cap}: what the plans mean for {place}",
    "“{quote}” – {person} defends course",
    "{place} to get {num} million for {topic}",
]
DE_QUOTES = ["Wir bleiben dabei", "Das ist nicht verhandelbar", "Jetzt muss gehandelt werden"]
EN_QUOTES = ["We stand firm", "This is not negotiable", "Now is the time to act"]

VOCAB = {
    "de": dict(people=DE_PEOPLE, places=DE_PLACES, orgs=DE_ORGS, topics=DE_TOPICS, verbs=DE_VERBS,
               days=DE_DAYS, sentences=DE_SENTENCES, titles=DE_TITLES, quotes=DE_QUOTES),
    "en": dict(people=EN_PEOPLE, places=EN_PLACES, orgs=EN_ORGS, topics=EN_TOPICS, verbs=EN_VERBS,
               days=EN_DAYS, sentences=EN_SENTENCES, titles=EN_TITLES, quotes=EN_QUOTES),
}


def _slots(rng, v):
    """One consistent set of slot values for an article: one main person, place and topic."""
    org = rng.choice(v["orgs"])
    topic = rng.choice(v["topics"])
    return dict(person=rng.choice(v["people"]), place=rng.choice(v["places"]), org=org,
                org_cap=org[:1].upper() + org[1:], topic=topic, topic_cap=topic[:1].upper() + topic[1:],
                verb=rng.choice(v["verbs"]), day=rng.choice(v["days"]),
                num=rng.randint(2, 95), quote=rng.choice(v["quotes"]))


def _sentence(rng, v, slots):
    """A sentence that keeps the article's topic but varies people, places and numbers."""
    local = dict(slots, person=rng.choice(v["people"]) if rng.random() < 0.4 else slots["person"],
                 place=rng.choice(v["places"]) if rng.random() < 0.3 else slots["place"],
                 day=rng.choice(v["days"]), num=rng.randint(2, 95), verb=rng.choice(v["verbs"]))
    return rng.choice(v["sentences"]).format(**local)


def article(rng, lang, paragraphs=(3, 7), sentences=(2, 4)):
    """A news article: title, author, paragraphs (lists of sentences), main person and place."""
    v = VOCAB[lang]
    slots = _slots(rng, v)
    body = [[_sentence(rng, v, slots) for _ in range(rng.randint(*sentences))]
            for _ in range(rng.randint(*paragraphs))]
    return dict(lang=lang, title=rng.choice(v["titles"]).format(**slots),
                author=rng.choice(v["people"][:15]), place=slots["place"], paragraphs=body)
