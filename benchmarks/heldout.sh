#!/usr/bin/env bash
# Accuracy against a held-out gold set (SET_DIR/events.jsonl): builds a fresh store from
# SET_DIR/corpus only (articles the extractor was never tuned on), then runs `eventwire evaluate`.
#   bash benchmarks/heldout.sh [SET_DIR] [STORE]
#   (SET_DIR default benchmarks/heldout; STORE default /tmp/eventwire-<set name>.duckdb)
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=${1:-benchmarks/heldout}
set_dir=${set_dir%/}
db=${2:-/tmp/eventwire-$(basename "$set_dir").duckdb}
bin=.venv/bin/eventwire
rm -f "$db" "$db.wal"
$bin run "$set_dir/corpus" --db "$db" 2> /dev/null
$bin evaluate "$set_dir/events.jsonl" --db "$db"
