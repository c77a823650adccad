# Analysis module: language-identification model and its evaluation.
PYTHON ?= python3
LANGID_PUD ?= ../shared/oracles/langid/ud_pud_news.tsv
LANGID_NEWS ?= ../shared/oracles/ner

.PHONY: langid-model langid-eval langid-eval-py langid-realfeeds analysis-test

## Rebuild Sources/Analysis/Resources/langid-model.txt from Debian dictionaries and man pages
## (needs the hunspell-xx and manpages-xx packages listed in scripts/analysis/build-langid.py)
## and, for German and English, the entity-training sentences in $(LANGID_NEWS).
langid-model:
	$(PYTHON) scripts/analysis/build-langid.py --news $(LANGID_NEWS)

## Accuracy of the Swift LanguageIdentifier on ../shared/oracles/langid/ud_pud_news.tsv (read in place).
langid-eval:
	$(SWIFT) test --filter AnalysisTests.LanguageEvaluationTests 2>&1 | grep -E '^langid|error|failed' || true

## The same figures from the Python mirror of the scorer (no Swift build needed).
langid-eval-py:
	$(PYTHON) scripts/analysis/build-langid.py --no-build --eval $(LANGID_PUD)

## Items of the real feeds that declare German or English: how many are identified as declared.
LANGID_REALFEEDS ?= ../shared/oracles/realfeeds
langid-realfeeds: build
	$(PYTHON) scripts/analysis/langid-realfeeds.py $(BIN) $(LANGID_REALFEEDS)

## The Analysis unit tests.
analysis-test:
	$(SWIFT) test --filter AnalysisTests
