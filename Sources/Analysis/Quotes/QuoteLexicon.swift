/// Words that signal speech: reporting verbs, Konjunktiv I forms, pronouns, title nouns.
enum QuoteLexicon {
    /// Bits of `flags`: which lists a word is in.
    enum Flag {
        static let reporting: UInt8 = 1, subjunctive: UInt8 = 2, conjunction: UInt8 = 4, pronoun: UInt8 = 8
        static let titleCue: UInt8 = 16, stop: UInt8 = 32, determiner: UInt8 = 64
    }

    /// Every listed word with the bits of the lists it is in: one look-up per token.
    static let flags: [String: UInt8] = {
        var flags: [String: UInt8] = [:]
        for (list, flag) in [(reporting, Flag.reporting), (subjunctive, Flag.subjunctive), (conjunctions, Flag.conjunction),
                             (pronouns, Flag.pronoun), (titleCues, Flag.titleCue), (stops, Flag.stop), (determiners, Flag.determiner)] {
            for word in list { flags[word, default: 0] |= flag }
        }
        return flags
    }()

    /// Byte hashes of the ASCII words of `flags`; nil when a word holds a scalar canonically
    /// equal to an ASCII one (U+212A, U+037E, U+1FEF), which would defeat the byte test.
    static let asciiHashes: HashSet64? = {
        var hashes = HashSet64()
        for word in flags.keys {
            if word.unicodeScalars.contains(where: { $0.value == 0x212A || $0.value == 0x37E || $0.value == 0x1FEF }) { return nil }
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            var hash = FeatureHash.seed
            for byte in word.utf8 { hash = FeatureHash.add(hash, UInt32(byte)) }
            hashes.insert(hash)
        }
        return hashes
    }()

    /// `flags[word] ?? 0`; an ASCII word whose bytes hash to no listed ASCII word is in no list
    /// (a String equals an ASCII word only with the same bytes), so it skips the dictionary.
    static func flags(of word: String) -> UInt8 {
        if let asciiHashes {
            var hash = FeatureHash.seed, ascii = true
            for byte in word.utf8 {
                if byte >= 0x80 { ascii = false; break }
                hash = FeatureHash.add(hash, UInt32(byte))
            }
            if ascii, !asciiHashes.contains(hash) { return 0 }
        }
        return flags[word] ?? 0
    }

    /// Reporting verbs and attribution words, German and English, lowercase.
    static let reporting: Set<String> = [
        "sagte", "sagten", "sagt", "sagen", "gesagt", "erklärte", "erklärten", "erklärt", "betonte", "betonten",
        "betont", "meinte", "meinten", "meint", "fügte", "fügt", "ergänzte", "ergänzt", "warnte", "warnten", "warnt",
        "kritisierte", "kritisiert", "forderte", "fordert", "forderten", "erläuterte", "erläutert", "berichtete",
        "berichtet", "berichteten", "teilte", "teilt", "schrieb", "schreibt", "twitterte", "zitierte", "antwortete",
        "antwortet", "räumte", "räumt", "bekräftigte", "versicherte", "versichert", "unterstrich", "mahnte", "mahnt",
        "stellte", "behauptete", "behauptet", "kündigte", "bestätigte", "bestätigt", "erwiderte", "argumentierte",
        "verkündete", "hieß", "heißt", "zufolge", "laut", "schätzen", "schätzte", "schätzt", "glaubt", "glaubte",
        "fürchtet", "fürchtete", "beklagte", "beklagt", "lobte", "resümierte", "bilanzierte", "rief", "fragte",
        "fragt", "entgegnete", "versprach", "verspricht", "kommentierte", "gab", "sprach", "spricht", "äußerte",
        "äußert", "verlangte", "verlangt", "mitteilte", "sagte:", "appellierte", "drohte", "droht", "beteuerte",
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "stressed", "warned", "warns", "noted",
        "wrote", "writes", "asked", "asks", "replied", "according", "insisted", "argued", "argues", "claimed",
        "claims", "declared", "announced", "tweeted", "stated", "continued", "recalled", "acknowledged", "admitted",
        "confirmed", "cautioned", "urged", "urges", "explains", "insists", "predicted", "complained", "joked",
        "responded", "remarked", "observed", "suggested", "emphasized", "emphasised", "concluded", "promised",
    ]

    /// Konjunktiv I (and common reported-speech Konjunktiv II) forms.
    static let subjunctive: Set<String> = [
        "sei", "seien", "seist", "habe", "werde", "könne", "könnten", "müsse", "müssten", "solle", "sollten",
        "wolle", "dürfe", "gebe", "stehe", "liege", "gehe", "komme", "wisse", "bleibe", "brauche", "handle",
        "hätten", "wären", "würden", "würde", "hätte", "wäre", "plane", "arbeite", "unterstütze", "lehne",
    ]

    /// Conjunctions that open reported clauses.
    static let conjunctions: Set<String> = ["dass", "daß", "that"]

    /// Personal pronouns that refer back to the last person named.
    static let pronouns: Set<String> = ["er", "sie", "he", "she"]

    /// Nouns and words after which a short quoted phrase is a title or name, not speech.
    static let titleCues: Set<String> = [
        "buch", "buches", "roman", "romans", "film", "films", "album", "albums", "song", "lied", "titel", "operation",
        "motto", "slogan", "serie", "sendung", "zeitung", "magazin", "kampagne", "projekt", "programm", "stück",
        "werk", "oper", "spiel", "ausstellung", "initiative", "schiff", "sogenannte", "sogenannten", "sogenannter",
        "genannt", "genannte", "genannten", "begriff", "wort", "unwort", "schlagwort", "bestseller", "show", "talkshow",
        "book", "novel", "movie", "titled", "entitled", "called", "dubbed", "named", "campaign", "series",
        "newspaper", "magazine", "program", "programme", "term", "word", "so-called", "hashtag", "codename",
    ]

    /// Words that end a describing noun phrase ("sagte ein Sprecher am Montag").
    static let stops: Set<String> = [
        "am", "an", "gegenüber", "bei", "im", "in", "auf", "nach", "vor", "zu", "mit", "und", "on", "at", "to",
        "after", "before", "during", "with", "and", "told", "said",
    ]

    /// Particles of German separable reporting verbs that end a clause after the speaker
    /// ("schätzen Militärexperten ein", "führte die Sprecherin aus", "stellte der Bericht fest"):
    /// never the last word of a speaker's name (lowercase, as written mid-sentence).
    static let verbParticles: Set<String> = [
        "ein", "aus", "fest", "hinzu", "dar", "zurück", "weiter", "fort", "ab", "um", "heraus", "hervor",
        "klar", "zu", "an", "mit", "vor", "nach", "auf", "bei",
    ]

    /// Words that begin a describing noun phrase after a reporting verb ("sagte ein Sprecher").
    static let determiners: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "the", "a", "an",
    ]
}
