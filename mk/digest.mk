## Digest (issue 9): screenshot of the HTML digest, the 50,000-of-1,000,000 benchmark, Datasette check.
##   make digest-screenshot   ingest the sample feeds into a scratch database, render today's HTML digest,
##                            and take a phone-width and a desktop-width PNG with headless Chromium
##   make digest-bench        build a 1,000,000-item database (once) and time `wirewatch digest` (DIGEST_BIN=…)
DIGEST_TMP ?= /tmp/wirewatch-digest-shot
DIGEST_BIN ?= .build/release/wirewatch
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || echo chromium)

.PHONY: digest-screenshot digest-chromium digest-bench

## Debian's chromium, installed when missing.
digest-chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

digest-screenshot: build digest-chromium
	rm -rf $(DIGEST_TMP) && mkdir -p $(DIGEST_TMP)
	sed 's|^url = "feeds/|url = "$(CURDIR)/samples/feeds/|' $(SAMPLE_CONFIG) > $(DIGEST_TMP)/w.toml
	printf 'database = "%s/w.sqlite"\n' $(DIGEST_TMP) | cat - $(DIGEST_TMP)/w.toml > $(DIGEST_TMP)/wirewatch.toml
	$(BIN) ingest --quiet --config $(DIGEST_TMP)/wirewatch.toml || test $$? -eq 1
	$(BIN) digest --config $(DIGEST_TMP)/wirewatch.toml --since $$(date -u +%F) --until $$(date -u -d tomorrow +%F) \
		--format html --output $(DIGEST_TMP)/digest.html
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,2600 \
		--screenshot=$(DIGEST_TMP)/digest-phone.png file://$(DIGEST_TMP)/digest.html 2>/dev/null
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2600 \
		--screenshot=$(DIGEST_TMP)/digest-desktop.png file://$(DIGEST_TMP)/digest.html 2>/dev/null
	@echo "screenshots: $(DIGEST_TMP)/digest-phone.png $(DIGEST_TMP)/digest-desktop.png"

digest-bench:
	@test -x $(DIGEST_BIN) || $(SWIFT) build -c release --product wirewatch
	scripts/digest/bench_digest.sh $(DIGEST_BIN)
