/// Titles, roles and generic heads that describe a name but are never part of it.
public enum EntityRoles {
    /// Lowercased role and title words, German and English.
    public static let words: Set<String> = [
        "präsident", "präsidentin", "bundespräsident", "bundespräsidentin", "vizepräsident", "kanzler", "kanzlerin",
        "bundeskanzler", "bundeskanzlerin", "minister", "ministerin", "ministerpräsident", "ministerpräsidentin",
        "regierungschef", "regierungschefin", "staatschef", "staatschefin", "sprecher", "sprecherin",
        "regierungssprecher", "regierungssprecherin", "machthaber", "chef", "chefin", "vorsitzende", "vorsitzender",
        "parteichef", "parteichefin", "fraktionschef", "fraktionschefin", "bürgermeister", "bürgermeisterin",
        "oberbürgermeister", "oberbürgermeisterin", "botschafter", "botschafterin", "general", "papst", "könig",
        "königin", "prinz", "prinzessin", "herr", "frau", "dr", "dr.", "prof", "prof.", "abgeordnete", "abgeordneter",
        "premierminister", "premierministerin", "premier", "diktator", "oppositionsführer", "oppositionsführerin",
        "generalsekretär", "generalsekretärin", "kollege", "kollegin", "kollegen", "trainer", "direktor", "direktorin",
        "kommissar", "kommissarin", "senator", "senatorin", "gouverneur", "gouverneurin", "landrat", "landrätin",
        "verbündeter", "verbündete", "anführer", "führer", "staatsoberhaupt", "außenamtssprecherin",
        "außenamtssprecher", "chefdiplomat", "chefdiplomatin", "ex-präsident", "ex-kanzler", "ex-kanzlerin",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "president", "vice", "prime", "secretary", "governor", "chancellor",
        "spokesman", "spokeswoman", "spokesperson", "ceo", "king", "queen", "prince", "princess", "pope", "gen.",
        "sir", "lord", "lady", "rep.", "sen.", "gov.", "leader", "foreign", "defense", "defence", "chairman",
        "chairwoman", "mayor", "ambassador", "judge", "justice", "coach", "dame", "senator", "representative",
    ]

    /// Heads of compounds whose modifier is the name: "Lukaschenko-Truppen", "Putin-Verbündeter".
    static let compoundHeads: Set<String> = [
        "truppen", "regierung", "krieg", "armee", "partei", "anhänger", "lager", "konzern", "gruppe", "plan",
        "pläne", "strategie", "besuch", "reise", "politik", "regime", "kurs", "treffen", "gipfel", "grenze",
        "konflikt", "sanktionen", "verbündeter", "verbündete", "freund", "freunde", "administration", "gegner",
        "kritiker", "vertraute", "vertrauter", "sprecher", "sprecherin", "chef", "chefin", "militär",
    ]

    /// Heads naming an office of the modifier: "Verdi-Chef", "Kreml-Sprecher", "SPD-Vorsitzende".
    static let officeHeads: Set<String> = [
        "chef", "chefin", "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "boss", "präsident", "präsidentin",
        "minister", "ministerin", "generalsekretär", "generalsekretärin", "spitze", "führung",
    ]

    /// Suffixes that make a word a role: "Außenminister", "Regierungssprecherin", "Kreml-Chef".
    static let roleSuffixes = ["minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin"]

    /// Whether `word` is a title or role, compounds included ("Kreml-Chef", "Außenministerin").
    public static func isRole(_ word: String) -> Bool {
        if let fast = latinIsRole(word) { return fast }
        return slowIsRole(word)
    }

    static func slowIsRole(_ word: String) -> Bool {
        let lower = word.lowercased()
        if words.contains(lower) { return true }
        if let last = lower.split(separator: "-").last, lower.utf8.contains(UInt8(ascii: "-")), words.contains(String(last)) { return true }
        return roleSuffixes.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    /// FNV-1a of the scalar values of each role word (all Latin-1), for `latinIsRole`.
    private static let wordHashes: Set<UInt64>? = {
        var hashes = Set<UInt64>()
        for word in words {
            var hash = FeatureHash.seed
            for scalar in word.unicodeScalars {
                guard scalar.value < 0x100 else { return nil }
                hash = FeatureHash.add(hash, scalar.value)
            }
            hashes.insert(hash)
        }
        return hashes
    }()

    private static let suffixScalars: [[UInt32]]? = {
        let scalars = roleSuffixes.map { $0.unicodeScalars.map(\.value) }
        return scalars.allSatisfy({ $0.allSatisfy { $0 < 0x100 } }) ? scalars : nil
    }()

    /// `slowIsRole` without building strings, for words of Latin-1 scalars (where lowering is
    /// per scalar and every scalar is a character); nil for other words. A hash hit is
    /// confirmed by `slowIsRole`, so the answer is always the same.
    private static func latinIsRole(_ word: String) -> Bool? {
        guard let wordHashes, let suffixScalars, word.utf8.count <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { buffer -> Bool? in
            var count = 0, partLength = 0, hyphen = false
            var whole = FeatureHash.seed, part = FeatureHash.seed, lastPart: UInt64? = nil
            for scalar in word.unicodeScalars {
                let value = scalar.value
                guard value < 0x100, value != 13 else { return nil }
                let lower = FeatureHash.lower(value)
                buffer[count] = lower
                count += 1
                whole = FeatureHash.add(whole, lower)
                if lower == 45 {
                    hyphen = true
                    if partLength > 0 { lastPart = part }
                    part = FeatureHash.seed
                    partLength = 0
                } else {
                    part = FeatureHash.add(part, lower)
                    partLength += 1
                }
            }
            if partLength > 0 { lastPart = part }
            if wordHashes.contains(whole) { return slowIsRole(word) }
            if hyphen, let lastPart, wordHashes.contains(lastPart) { return slowIsRole(word) }
            for suffix in suffixScalars where count > suffix.count + 2 {
                var matches = true
                for k in 0..<suffix.count where buffer[count - suffix.count + k] != suffix[k] {
                    matches = false
                    break
                }
                if matches { return true }
            }
            return false
        }
    }
}
