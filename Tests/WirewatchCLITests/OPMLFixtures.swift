/// OPML as three feed readers export it (structure and attributes copied from their exporters).
enum OPMLFixtures {
    /// Miniflux (internal/reader/opml/serializer.go): OPML 2.0, one outline per category.
    static let miniflux = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
            <head>
                <title>Miniflux</title>
                <dateCreated>Sat, 28 Nov 2026 10:00:00 UTC</dateCreated>
            </head>
            <body>
                <outline text="Politik">
                    <outline title="Tagesschau" text="Tagesschau" xmlUrl="https://www.tagesschau.de/xml/rss2/" htmlUrl="https://www.tagesschau.de/" description=""></outline>
                    <outline title="Deutschlandfunk &amp; Co" text="Deutschlandfunk &amp; Co" xmlUrl="https://www.deutschlandfunk.de/nachrichten-100.rss" htmlUrl="https://www.deutschlandfunk.de/" description=""></outline>
                </outline>
                <outline text="All">
                    <outline title="heise online" text="heise online" xmlUrl="https://www.heise.de/rss/heise-atom.xml" htmlUrl="https://www.heise.de/" description=""></outline>
                </outline>
            </body>
        </opml>
        """

    /// newsboat (`newsboat -e`): OPML 1.0, flat, title and text from the feed, no folders.
    static let newsboat = """
        <?xml version="1.0"?>
        <opml version="1.0">
          <head>
            <title>newsboat - Exported Feeds</title>
          </head>
          <body>
            <outline type="rss" xmlUrl="https://www.tagesschau.de/xml/rss2/" htmlUrl="https://www.tagesschau.de/" title="tagesschau.de - die erste Adresse für Nachrichten und Information"/>
            <outline type="rss" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml" htmlUrl="https://www.bbc.co.uk/news/world" title="BBC News - World"/>
            <outline type="rss" xmlUrl="exec:~/bin/feed.sh" htmlUrl="" title="a local script"/>
          </body>
        </opml>
        """

    /// FreshRSS (app/views/helpers/export/opml.phtml): OPML 2.0 with its own namespace, nested categories.
    static let freshRSS = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0" xmlns:frss="https://freshrss.org/opml">
        \t<head>
        \t\t<title>FreshRSS</title>
        \t\t<dateCreated>Sat, 28 Nov 2026 10:00:00 +0000</dateCreated>
        \t</head>
        \t<body>
        \t\t<outline text="Nachrichten">
        \t\t\t<outline text="Regional">
        \t\t\t\t<outline text="Lausitzer Rundschau" type="rss" xmlUrl="https://www.lr-online.de/feed.rss" htmlUrl="https://www.lr-online.de/" description="Nachrichten aus der Lausitz" frss:cssFullContent="article" category="Brandenburg"/>
        \t\t\t</outline>
        \t\t\t<outline text="Welt" type="rss" xmlUrl="https://www.welt.de/feeds/latest.rss" htmlUrl="https://www.welt.de/" description=""/>
        \t\t</outline>
        \t</body>
        </opml>
        """
}
