#!/usr/bin/env bash
# The latency of `align lsp` on a large repository with a warm cache: from an edit to the edited
# file's diagnostics (debounce off, so the figure is align's own time), median of 30 edits.
#
#   bench/lsp.sh            # 10,000 generated documents
#   bench/lsp.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
swift build -c release --product align >/dev/null
align="$PWD/.build/release/align"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate_corpus.py --documents "$documents" --seed 7 --paragraphs 6 --out "$work/corpus" >/dev/null
(cd "$work/corpus" && "$align" check --quiet --format json --output /dev/null . || true)   # warms .align/cache
echo "machine: $(nproc) cores, $(uname -sr); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "documents: $documents"
python3 bench/lsp_latency.py "$align" "$work/corpus" 30
