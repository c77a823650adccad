"""Renders articles as RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) documents with HTML bodies."""

import datetime as dt
from xml.sax.saxutils import escape

FORMATS = ("rss20", "atom10", "rss10")
DAY = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)


def rfc822(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def rfc3339(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def html_body(art, credit):
    """The article as HTML: byline, teaser in <strong>, paragraphs, a link and a photo credit."""
    byline = "Von" if art["lang"] == "de" else "By"
    paras = ["<p>" + " ".join(p) + "</p>" for p in art["paragraphs"]]
    paras[0] = "<p><strong>" + " ".join(art["paragraphs"][0]) + "</strong></p>"
    more = "Mehr" if art["lang"] == "de" else "More"
    link = f'<p>{more}: <a href="https://example.org/thema/{len(paras)}">Hintergrund</a></p>'
    return (f'<p class="byline">{byline}: {art["author"]}</p>' + "".join(paras) + link
            + f'<figure><img src="https://img.example.org/{credit}.jpg" alt=""/>'
            + f"<figcaption>© {credit}/dpa</figcaption></figure>")


def teaser(art):
    return " ".join(art["paragraphs"][0])


def rss20(feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
           f'<title>{escape(feed["title"])}</title>\n<link>{feed["site"]}</link>\n'
           f'<description>{escape(feed["title"])} – Nachrichten</description>\n'
           f'<language>{feed["lang"]}</language>\n']
    for it in items:
        out.append(f'<item>\n<title>{escape(it["title"])}</title>\n<link>{it["link"]}</link>\n'
                   f'<guid isPermaLink="false">{it["guid"]}</guid>\n'
                   f'<pubDate>{rfc822(it["time"])}</pubDate>\n'
                   f'<dc:creator>{escape(it["author"])}</dc:creator>\n'
                   f'<category>{escape(it["category"])}</category>\n'
                   f'<description>{escape(it["teaser"])}</description>\n'
                   f'<content:encoded><![CDATA[{it["html"]}]]></content:encoded>\n</item>\n')
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def atom10(feed, items):
    updated = rfc3339(items[0]["time"]) if items else rfc3339(DAY)
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
           f'xml:lang="{feed["lang"]}">\n<title>{escape(feed["title"])}</title>\n'
           f'<id>{feed["site"]}</id>\n<link rel="alternate" href="{feed["site"]}"/>\n'
           f'<link rel="self" href="{feed["url"]}"/>\n<updated>{updated}</updated>\n']
    for it in items:
        out.append(f'<entry>\n<title>{escape(it["title"])}</title>\n'
                   f'<link rel="alternate" type="text/html" href="{it["link"]}"/>\n'
                   f'<id>{it["guid"]}</id>\n<published>{rfc3339(it["time"])}</published>\n'
                   f'<updated>{rfc3339(it["time"])}</updated>\n'
                   f'<author><name>{escape(it["author"])}</name></author>\n'
                   f'<category term="{escape(it["category"])}"/>\n'
                   f'<summary>{escape(it["teaser"])}</summary>\n'
                   f'<content type="html">{escape(it["html"])}</content>\n</entry>\n')
    out.append("</feed>\n")
    return "".join(out)


def rss10(feed, items):
    seq = "".join(f'<rdf:li rdf:resource="{it["link"]}"/>' for it in items)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF '
           'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
           f'<channel rdf:about="{feed["url"]}">\n<title>{escape(feed["title"])}</title>\n'
           f'<link>{feed["site"]}</link>\n<description>{escape(feed["title"])}</description>\n'
           f'<dc:language>{feed["lang"]}</dc:language>\n<items><rdf:Seq>{seq}</rdf:Seq></items>\n'
           '</channel>\n']
    for it in items:
        out.append(f'<item rdf:about="{it["link"]}">\n<title>{escape(it["title"])}</title>\n'
                   f'<link>{it["link"]}</link>\n<dc:date>{rfc3339(it["time"])}</dc:date>\n'
                   f'<dc:creator>{escape(it["author"])}</dc:creator>\n'
                   f'<dc:subject>{escape(it["category"])}</dc:subject>\n'
                   f'<description>{escape(it["teaser"])}</description>\n'
                   f'<content:encoded>{escape(it["html"])}</content:encoded>\n</item>\n')
    out.append("</rdf:RDF>\n")
    return "".join(out)


RENDERERS = {"rss20": rss20, "atom10": atom10, "rss10": rss10}
