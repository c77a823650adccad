/// Word lists the sentence splitter consults: abbreviations, month names and the short words
/// after which a number with a full stop is an ordinal ("am 2. März", "der 3. Versuch").
enum Abbreviations {
    /// Lower-cased abbreviations (without their full stop) after which a sentence does not end.
    static let neverFinal: Set<String> = [
        // German
        "dr", "prof", "nr", "bzw", "ca", "st", "vgl", "evtl", "ggf", "inkl", "bspw", "zzgl", "sog",
        "mio", "mrd", "abs", "art", "bd", "hr", "fr", "hrsg", "jh", "jhd", "str", "tel", "ziff",
        "dipl", "ing", "mag", "med", "rer", "nat", "phil", "gen", "kap", "min", "max", "vs", "ebd",
        "allg", "bzgl", "einschl", "gegr", "geb", "gest", "verh", "ehem", "lt", "mind", "urspr",
        "z", "u", "d", "o", "v", "a", "s",
        // English
        "mr", "mrs", "ms", "messrs", "sr", "jr", "gov", "sen", "rep", "col", "capt", "lt", "sgt",
        "gen", "adm", "rev", "mt", "ft", "no", "vol", "fig", "approx", "dept", "est", "corp", "inc",
        "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that end a sentence when a capitalised word follows ("… usw. Dann").
    static let mayBeFinal: Set<String> = ["usw", "etc", "inc", "ltd", "co", "jr"]

    /// Lower-cased month names (German and English) that follow an ordinal day.
    static let months: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "january", "february", "march", "june", "july", "october",
        "december", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct",
        "nov", "dez", "dec",
    ]

    /// Lower-cased words before a number that make "<number>." an ordinal, not a sentence end.
    static let ordinalCues: Set<String> = [
        "am", "vom", "zum", "bis", "ab", "seit", "im", "der", "die", "das", "den", "dem", "des",
        "zur", "zum", "beim", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen",
        "jeder", "jede", "jedes", "jeden", "dieser", "diese", "dieses", "diesem", "diesen",
        "bis", "und", "oder", "nach", "vor", "für", "über", "zwischen", "an", "in", "auf",
    ]
}
