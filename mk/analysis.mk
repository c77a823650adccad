# Analysis module: language-identification model and its evaluation.
PYTHON ?= python3
LANGID_PUD ?= ../shared/oracles/langid/ud_pud_news.tsv

.PHONY: langid-model langid-eval langid-eval-py analysis-test

## Rebuild Sources/Analysis/Resources/langid-model.txt from Debian dictionaries and man pages
## (needs the hunspell-xx and manpages-xx packages listed in scripts/analysis/build-langid.py).
langid-model:
	$(PYTHON) scripts/analysis/build-langid.py

## Accuracy of the Swift LanguageIdentifier on ../shared/oracles/langid/ud_pud_news.tsv (read in place).
langid-eval:
	$(SWIFT) test --filter AnalysisTests.LanguageEvaluationTests 2>&1 | grep -E '^langid|error|failed' || true

## The same figures from the Python mirror of the scorer (no Swift build needed).
langid-eval-py:
	$(PYTHON) scripts/analysis/build-langid.py --no-build --eval $(LANGID_PUD)

## The Analysis unit tests.
analysis-test:
	$(SWIFT) test --filter AnalysisTests
