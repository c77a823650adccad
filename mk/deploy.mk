## systemd units: `systemd-analyze verify` and the security exposure of wirewatch.service (goal ≤ 2.0).
.PHONY: deploy-check
deploy-check: build
	@tmp=$$(mktemp -d) && \
	for f in deploy/*.service deploy/*.timer; do \
	  sed "s#/usr/local/bin/wirewatch#$(CURDIR)/$(BIN)#" "$$f" > "$$tmp/$$(basename $$f)"; done && \
	systemd-analyze verify $$tmp/*.service $$tmp/*.timer && echo "systemd-analyze verify: units verify cleanly" && \
	systemd-analyze security --offline=true --threshold=20 $$tmp/wirewatch.service | tail -1 && \
	rm -rf "$$tmp"
