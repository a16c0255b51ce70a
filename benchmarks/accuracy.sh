#!/usr/bin/env bash
# Accuracy against the hand-coded gold set (benchmarks/gold/events.jsonl): builds a fresh store
# from the demo corpus and ../shared/corpus, then runs `eventwire evaluate`.
#   bash benchmarks/accuracy.sh [STORE]        (default /tmp/eventwire-accuracy.duckdb)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/eventwire-accuracy.duckdb}
bin=.venv/bin/eventwire
rm -f "$db" "$db.wal"
$bin demo --db "$db" > /dev/null 2>&1
$bin run ../shared/corpus --db "$db" 2> /dev/null
$bin evaluate benchmarks/gold/events.jsonl --fusion benchmarks/gold/fusion.jsonl --db "$db"
