## libFuzzer + ASan over the feed parser; FUZZ_SECONDS bounds the run (default 600).
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)
