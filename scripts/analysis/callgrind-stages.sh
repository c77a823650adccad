#!/bin/sh
# Instructions per item of each analysis stage under callgrind (independent of machine load):
# builds the Analysis target in release, links scripts/analysis/stage-instructions.swift against
# its objects, runs it under valgrind on N generated items and prints the inclusive count of each
# stage's run function divided by N.  Usage: scripts/analysis/callgrind-stages.sh [N]  (default 200)
set -eu
N=${1:-200}
SWIFT=${SWIFT:-swift}
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
$SWIFT build -c release --target Analysis >/dev/null
python3 scripts/analysis/bench-input.py -n "$N" > "$WORK/items.jsonl"
swiftc -O -I .build/release/Modules -I Sources/CStemmer scripts/analysis/stage-instructions.swift \
    .build/release/Analysis.build/*.o .build/release/FeedModel.build/*.o -lstemmer -o "$WORK/stages"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/stages" "$WORK/items.jsonl" >/dev/null 2>&1
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/callgrind.out" 2>/dev/null | $SWIFT demangle --simplified \
    | grep -E '[?]{3}:run(Clean|Language|Tokens|Sentences|Keyphrases|Entities|Quotes)[(][)] [[]' \
    | sed -E 's/^ *([0-9,]+) .*(run[A-Za-z]+)\(\).*/\1 \2/' | tr -d , \
    | awk -v n="$N" '{ printf "analysis stage %-10s %9d instructions per item\n", substr($2, 4), $1 / n; total += $1 / n }
        END { printf "analysis stages total     %9d instructions per item\n", total }'
