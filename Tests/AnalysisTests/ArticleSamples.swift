/// Sample items written for these tests in the style of the project's seed article (German
/// political news with an author line, a photo credit, a dateline, quotes and an author code)
/// and of English wire copy. Kept as literals so the test target needs no resources.
enum ArticleSamples {
    static let germanTitle = "Scholz zu Besuch bei Macron – Streit um den Rüstungsfonds?"

    static let german = """
        Scholz zu Besuch bei Macron – Streit um den Rüstungsfonds?

        Von: Clara Weidner

        Bundeskanzler Olaf Scholz reist heute nach Paris. Der Rüstungsfonds der EU steht im Mittelpunkt. © Kay Nietfeld/dpa

        BERLIN (dpa) – Deutschland und Frankreich ringen um den europäischen Rüstungsfonds. Die Gespräche im Élysée-Palast gelten als schwierig. Bundeskanzler Olaf Scholz will am 14. März mit Präsident Emmanuel Macron über den 8-Punkte-Plan der EU-Kommission sprechen.

        „Wir brauchen eine gemeinsame Antwort. Europa muss handeln“, sagte Scholz am Montag in Berlin. Frankreich drängt seit Monaten auf gemeinsame Schulden für den Rüstungsfonds, Deutschland lehnt das bislang ab. Nach Angaben von Diplomaten soll es z. B. um ca. 100 Mrd. Euro gehen.

        Lesen Sie auch: Macron und die Atomkraft

        Der Rüstungsfonds ist seit dem Ukraine-Krieg ein zentrales Thema der EU. Macron hatte den Fonds bereits im Herbst vorgeschlagen. (clw)
        """

    static let english = """
        By Martin Haynes

        LONDON — Prime Minister Keir Starmer will meet U.S. President Joe Biden in Washington on Jan. 12, officials said on Tuesday. The talks are expected to focus on the war in Ukraine and on trade tariffs.

        "We stand with Ukraine. We will not waver," Starmer told reporters at 10:30 a.m. in Downing Street. The government plans to raise defence spending to 2.5 percent of GDP by 2030.

        Photo: Toby Melville/Reuters

        Britain and the United States have close ties on defence. Mr. Starmer said the trade tariffs would also be discussed. (Reuters)
        """
}
