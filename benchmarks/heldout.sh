#!/usr/bin/env bash
# Accuracy against the held-out gold (benchmarks/heldout/events.jsonl): builds a fresh store from
# benchmarks/heldout/corpus only (articles the extractor was never tuned on), then runs
# `eventwire evaluate`.
#   bash benchmarks/heldout.sh [STORE]        (default /tmp/eventwire-heldout.duckdb)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/eventwire-heldout.duckdb}
bin=.venv/bin/eventwire
rm -f "$db" "$db.wal"
$bin run benchmarks/heldout/corpus --db "$db" 2> /dev/null
$bin evaluate benchmarks/heldout/events.jsonl --db "$db"
