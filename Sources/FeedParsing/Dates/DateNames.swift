/// Month, weekday and zone names in the languages feeds use (English, German, Greek, Hungarian).
enum DateNames {
    /// Month name or abbreviation (lowercased, without a trailing dot) → 1…12.
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let lists: [[String]] = [
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"],
            ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "dezember"],
            ["jän", "feb", "mrz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["ιαν", "φεβ", "μάρ", "απρ", "μάι", "ιούν", "ιούλ", "αύγ", "σεπ", "οκτ", "νοέ", "δεκ"],
            ["ιαν", "φεβ", "μαρ", "απρ", "μαι", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"],
            ["január", "február", "március", "április", "május", "június", "július", "augusztus",
             "szeptember", "október", "november", "december"],
        ]
        for list in lists { for (i, name) in list.enumerated() { m[name] = i + 1 } }
        m["maerz"] = 3
        m["sept"] = 9
        m["μαϊ"] = 5
        m["μάη"] = 5
        return m
    }()

    /// Weekday names and abbreviations; only recognised and skipped.
    static let weekdays: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mo", "di", "mi", "do", "fr", "sa", "so",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
    ]

    /// Zone name (lowercased) → seconds east of UTC.
    static let zones: [String: Int] = {
        let hours: [String: Double] = [
            "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "west": 1,
            "at": -4, "ast": -4, "adt": -3, "et": -5, "est": -5, "edt": -4,
            "ct": -6, "cst": -6, "cdt": -5, "mt": -7, "mst": -7, "mdt": -6,
            "pt": -8, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
            "cet": 1, "cest": 2, "met": 1, "mest": 2, "mez": 1, "mesz": 2,
            "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "jst": 9, "kst": 9,
            "aest": 10, "aedt": 11, "acst": 9.5, "awst": 8, "nzst": 12, "nzdt": 13,
        ]
        return hours.mapValues { Int($0 * 3600) }
    }()
}
