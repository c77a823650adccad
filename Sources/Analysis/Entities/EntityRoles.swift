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
        let lower = word.lowercased()
        if words.contains(lower) { return true }
        if let last = lower.split(separator: "-").last, lower.utf8.contains(UInt8(ascii: "-")), words.contains(String(last)) { return true }
        return roleSuffixes.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }
}
