#!/usr/bin/env bash
# Installs the benchmark's peer tools (never project dependencies): nginx, xmllint, sfeed,
# newsboat, curl and GNU time from apt when missing, and feedparser, fastfeedparser and requests
# into a virtual environment at Benchmarks/.venv. Safe to run again: it only adds what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv"

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }

missing=()
have nginx || missing+=(nginx-light)
have xmllint || missing+=(libxml2-utils)
have sfeed || missing+=(sfeed)
have newsboat || missing+=(newsboat)
have curl || missing+=(curl)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if command -v apt-get >/dev/null; then
    echo "bench-tools: installing ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" \
      || { [[ " ${missing[*]} " == *" nginx-light "* ]] && DEBIAN_FRONTEND=noninteractive \
           $sudo apt-get install -y -q "${missing[@]/nginx-light/nginx}"; }
  else
    echo "bench-tools: please install ${missing[*]} (no apt-get here); missing peers are skipped" >&2
  fi
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || { echo "bench-tools: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
fi
if ! "$venv/bin/python" -c "import feedparser, fastfeedparser, requests" 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check feedparser fastfeedparser requests
fi
echo "bench-tools: ready (python peers in $venv)"
