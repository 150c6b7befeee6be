#!/usr/bin/env bash
# Benchmarks `align check` against two references on the same generated corpus, in the same run:
# the bare libxml2 parse of its HTML (xmllint --html --noout, one process, single-threaded) and
# proselint over its text. Prints throughput, peak memory and the ratios (medians of hyperfine runs).
#
#   bench/run.sh                 # corpora of 1,000 and 10,000 documents
#   bench/run.sh 2000            # one corpus of 2,000 documents
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs=${RUNS:-5}

scripts/install-deps --with-tools
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null; }
python3 -c 'import proselint' 2>/dev/null || pip install -q proselint >/dev/null
swift build -c release --product align >/dev/null
align="$PWD/.build/release/align"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
echo "align: $("$align" --version)"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  python3 bench/generate_corpus.py --documents "$n" --seed 7 --out "$corpus"
  bytes=$(find "$corpus" -type f \( -name '*.html' -o -name '*.md' -o -name '*.txt' -o -name '*.eml' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
  find "$corpus" -name '*.html' | sort > "$work/html-$n.list"
  find "$corpus" \( -name '*.md' -o -name '*.txt' \) | sort > "$work/text-$n.list"
  echo
  echo "== $n documents, $(awk "BEGIN {printf \"%.1f\", $bytes/1048576}") MB =="
  hyperfine --style basic --runs "$runs" --warmup 1 --ignore-failure --export-json "$work/h-$n.json" \
    -n align "$align check $corpus --quiet --no-color --format json --output /dev/null" \
    -n align-1job "$align check $corpus --jobs 1 --quiet --no-color --format json --output /dev/null" \
    -n xmllint "xargs -a $work/html-$n.list xmllint --html --noout --nowarning" \
    -n proselint "xargs -a $work/text-$n.list python3 -m proselint" >/dev/null 2>&1
  mem=$( { /usr/bin/time -v "$align" check "$corpus" --quiet --format json --output /dev/null >/dev/null 2>/dev/null; } 2>&1 | awk '/Maximum resident/{print $6}' || true)
  [ -z "$mem" ] && mem=$( (/usr/bin/time -v "$align" check "$corpus" --quiet --format json --output /dev/null) 2>&1 >/dev/null | awk '/Maximum resident/{print $6}')
  python3 - "$work/h-$n.json" "$n" "$bytes" "$mem" <<'PY'
import json, sys
data = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n, size, mem = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4] or 0)
med = {k: v["median"] for k, v in data.items()}
for name in ("align", "align-1job", "xmllint", "proselint"):
    t = med[name]
    print(f"{name:11s} median {t:8.3f} s   {size / 1048576 / t:7.1f} MB/s   {n / t:9.0f} documents/s")
print(f"peak memory (align, all cores): {mem / 1024:.1f} MB")
print(f"ratio align / xmllint (HTML parse only): {med['align'] / med['xmllint']:.2f}")
print(f"ratio align / proselint: {med['align'] / med['proselint']:.3f}")
PY
done
