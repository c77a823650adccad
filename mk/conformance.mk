# feedparser conformance: runs feedparser's own test cases through `wirewatch parse` and prints one
# figure per suite. Reads ../shared/oracles in place; prints a skip line when it is absent.
.PHONY: conformance
conformance:
	swift build --product wirewatch
	python3 scripts/conformance.py
