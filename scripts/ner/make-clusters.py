#!/usr/bin/env python3
"""Builds Sources/Analysis/Resources/ner/<lang>.clusters: Brown word clusters for the tagger.

One line per case-sensitive form: `form<TAB>PATH`, sorted by form (code points), where PATH is
the form's Brown cluster path as spaCy stores it: an integer whose lowest bit is the path's first
branch (the = 0b1011, London = 0b1010100110, Berlin = 0b1110100110), so the path prefix of length
k is PATH & (2^k - 1). Words without a cluster (spaCy's 0) are left out.

Source (see Resources/ner/ATTRIBUTION.md), fetched with the ordinary client:
  pip download --no-deps spacy-lookups-data==1.0.5        (wheel, MIT, ExplosionAI)
  spacy_lookups_data/data/<lang>_lexeme_cluster.json.gz  ({form: path}, 1,000,001 forms)
  spacy_lookups_data/data/<lang>_lexeme_prob.json.gz     ({form: log probability}: frequency rank)

Size: the `LIMIT` most frequent clustered forms of each language (by log probability, ties by
form). A form is also left out when its lowercase form (one scalar for one) is listed with the
same path: the tagger looks a form up as written, then in lowercase, then capitalised.

Usage: scripts/ner/make-clusters.py SPACY_LOOKUPS_DATA_WHEEL OUT_FOLDER
Deterministic: the same inputs give the same files byte for byte.
"""
import gzip
import math
import json
import sys
import zipfile

LIMIT = {"en": 200_000, "de": 200_000}


def load(z, name):
    return json.loads(gzip.decompress(z.read("spacy_lookups_data/data/" + name)).decode("utf-8"))


def simple_lower(form):
    """Lowercase scalar by scalar, keeping one scalar for one (as the tagger's hashing does)."""
    out = []
    for ch in form:
        low = ch.lower()
        out.append(low[0] if low else ch)
    return "".join(out)


CASING_LIMIT = {"en": 200_000, "de": 0}
# Share of a word's occurrences written with a capital first letter: bucket bounds.
SHARES = (0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98)
# Log probability of all case forms together: bucket bounds.
FREQUENCIES = (-10.0, -12.0, -14.0, -16.0)


def clusters(z, lang):
    """{form: [path or None, casing or None]}."""
    paths = load(z, lang + "_lexeme_cluster.json.gz")
    probs = load(z, lang + "_lexeme_prob.json.gz")
    floor = min(probs.values()) - 1
    usable = lambda form: form and "\t" not in form and "\n" not in form and form.strip() == form
    ranked = sorted((form for form, path in paths.items() if path and usable(form)),
                    key=lambda form: (-probs.get(form, floor), form))
    chosen = {form: paths[form] for form in ranked[:LIMIT[lang]]}
    table = {}
    for form, path in chosen.items():
        lower = simple_lower(form)
        if lower != form and chosen.get(lower) == path:
            continue
        table[form] = [path, None]
    # Casing: per lowercase form, how often it is written capitalised, and how frequent it is.
    groups = {}
    for form, prob in probs.items():
        if usable(form):
            total, capitalised = groups.get(simple_lower(form), (0.0, 0.0))
            share = math.exp(prob)
            groups[simple_lower(form)] = (total + share, capitalised + (share if form[:1].isupper() else 0.0))
    ranked = sorted(groups, key=lambda lower: (-groups[lower][0], lower))
    for lower in ranked[:CASING_LIMIT[lang]]:
        total, capitalised = groups[lower]
        share = sum(1 for bound in SHARES if capitalised / total >= bound)
        frequency = sum(1 for bound in FREQUENCIES if math.log(total) < bound)
        table.setdefault(lower, [None, None])[1] = 1 + share * (len(FREQUENCIES) + 1) + frequency
    return table


def write(path, table):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for form in sorted(table):
            path, casing = table[form]
            line = form + "\t" + ("" if path is None else str(path))
            if casing is not None:
                line += "\t" + str(casing)
            f.write(line + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wheel, out = sys.argv[1:]
    with zipfile.ZipFile(wheel) as z:
        for lang in ("de", "en"):
            table = clusters(z, lang)
            write(out + "/" + lang + ".clusters", table)
            print(f"{lang}.clusters: {len(table)} forms")


if __name__ == "__main__":
    main()
