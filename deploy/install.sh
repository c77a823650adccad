#!/bin/sh
# Installs wirewatch as a systemd service: release build, binary, units, example config.
# Usage: sudo deploy/install.sh            (install or upgrade)
#        sudo deploy/install.sh --no-build (install an already built .build/release/wirewatch)
set -eu
cd "$(dirname "$0")/.."

prefix=/usr/local
unitdir=/etc/systemd/system
confdir=/etc/wirewatch

if [ "${1:-}" != "--no-build" ]; then
    ./dev deps
    swift build -c release --static-swift-stdlib --product wirewatch
fi

# Keep the previous binary for rollback.
if [ -x "$prefix/bin/wirewatch" ]; then
    cp -p "$prefix/bin/wirewatch" "$prefix/bin/wirewatch.previous"
fi
install -D -m 0755 .build/release/wirewatch "$prefix/bin/wirewatch"
# The analysis models and word lists travel as a resource bundle next to the binary.
for bundle in .build/release/*.resources; do
    rm -rf "$prefix/bin/$(basename "$bundle")"
    cp -R "$bundle" "$prefix/bin/"
done

for unit in wirewatch.service wirewatch-ingest.service wirewatch-digest.service wirewatch-digest.timer; do
    install -D -m 0644 "deploy/$unit" "$unitdir/$unit"
done

# Never overwrite an operator's configuration.
if [ ! -e "$confdir/wirewatch.toml" ]; then
    install -D -m 0644 deploy/wirewatch.toml "$confdir/wirewatch.toml"
fi
"$prefix/bin/wirewatch" check-config --config "$confdir/wirewatch.toml" --database /dev/null >/dev/null

if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable --now wirewatch.service wirewatch-digest.timer
    systemctl restart wirewatch.service
    systemctl --no-pager status wirewatch.service || true
else
    echo "systemd is not running here: units installed, not started"
fi
