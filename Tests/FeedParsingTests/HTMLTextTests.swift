import FeedParsing
import Testing

@Suite struct HTMLTextTests {
    @Test func paragraphsAndLineBreaks() {
        let html = "<p>Peking &ndash; Der Kanzler ist eingetroffen.</p><p>„Wir müssen reden“, sagte er.<br>Danach   ging es   weiter.</p>"
        #expect(HTMLText.plainText(html) == "Peking – Der Kanzler ist eingetroffen.\n\n„Wir müssen reden“, sagte er.\nDanach ging es weiter.")
    }

    @Test func scriptsStylesAndCommentsDropped() {
        let html = "<div>Straße<script>alert('x')</script><style>p{}</style><!-- Kommentar --> frei</div>"
        #expect(HTMLText.plainText(html) == "Straße frei")
    }

    @Test func listsAndHeadings() {
        let html = "<h2>Überblick</h2><ul><li>Eins</li><li>Zwei</li></ul><blockquote>Zitat</blockquote>"
        #expect(HTMLText.plainText(html) == "Überblick\n\nEins\n\nZwei\n\nZitat")
    }

    @Test func entitiesDecoded() {
        #expect(HTMLText.plainText("Caf&eacute; &amp; Bar&nbsp;Gr&uuml;n") == "Café & Bar Grün")
    }

    @Test func fastPathNormalisesWhitespace() {
        #expect(HTMLText.plainText("  Grüße   aus\nKöln \n\n Zweiter Absatz ") == "Grüße aus Köln\n\nZweiter Absatz")
    }

    @Test func brokenMarkupRecovered() {
        #expect(HTMLText.plainText("<p>offen <b>fett <i>kursiv</p>weiter") == "offen fett kursiv\n\nweiter")
    }
}
