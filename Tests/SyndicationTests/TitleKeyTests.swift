import Syndication
import Testing

@Suite("Title keys")
struct TitleKeyTests {
    @Test("prefixes, case and punctuation are ignored", arguments: [
        "Liveticker: Bundestag beschließt Haushalt für 2027",
        "Update: Bundestag beschließt Haushalt für 2027!",
        "+++ Eilmeldung +++ Bundestag beschließt Haushalt für 2027",
        "EILMELDUNG: Liveticker – Bundestag beschließt Haushalt für 2027",
        "bundestag beschließt: haushalt für 2027",
    ])
    func normalises(_ title: String) {
        #expect(TitleKey.normalise(title) == "bundestag beschließt haushalt für 2027")
    }

    @Test("a label that is not a ticker prefix stays part of the title")
    func keepsOtherLabels() {
        #expect(TitleKey.normalise("Migration: EU einigt sich") == "migration eu einigt sich")
        #expect(TitleKey.normalise(nil) == "")
    }
}
