#!/usr/bin/env bash
# Benchmarks `align check` against two references on the same generated corpus, in the same run:
# the bare libxml2 parse of its HTML (xmllint --html --noout, one process, single-threaded) and
# proselint over its Markdown and text. Prints throughput, peak memory and the ratios (medians of
# hyperfine runs), then the linearity of align's time across the sizes and its startup time on a
# repository of one file.
#
#   bench/run.sh                       # corpora of 1,000 and 10,000 documents
#   bench/run.sh 2000                  # one corpus of 2,000 documents
#   RUNS=3 bench/run.sh 1000 10000     # fewer hyperfine runs
#   NO_PROSELINT=1 bench/run.sh 10000  # skip proselint (it takes minutes on large corpora)
#   MEMORY_ONLY=1 PARAGRAPHS=60 bench/run.sh 20000   # peak memory only, on a large corpus
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs=${RUNS:-5}
paragraphs=${PARAGRAPHS:-6}

scripts/install-deps --with-tools
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null; }
if [ -z "${NO_PROSELINT:-}" ]; then
  python3 -c 'import proselint' 2>/dev/null || pip install -q proselint >/dev/null
fi
swift build -c release --product align >/dev/null
align="$PWD/.build/release/align"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "align: $("$align" --version)   xmllint: $(xmllint --version 2>&1 | head -1 | awk '{print $NF}')   proselint: $([ -z "${NO_PROSELINT:-}" ] && python3 -m proselint version 2>/dev/null | tail -1 || echo skipped)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Peak resident memory of one align run, in kB (GNU time writes it on stderr, after align's own).
peak_kb() {
  local corpus=$1
  shift
  # align exits 1 when it finds errors: not a failure of the measurement.
  { /usr/bin/time -v "$align" check "$corpus" "$@" --quiet --no-color --format json --output /dev/null 2>&1 >/dev/null || true; } \
    | awk '/Maximum resident/{print $6}'
}

declare -A median
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  python3 bench/generate_corpus.py --documents "$n" --seed 7 --paragraphs "$paragraphs" --out "$corpus"
  bytes=$(find "$corpus" -type f \( -name '*.html' -o -name '*.md' -o -name '*.txt' -o -name '*.eml' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
  echo
  echo "== $n documents, $(awk "BEGIN {printf \"%.1f\", $bytes/1048576}") MB =="
  # A benchmark of a run that failed measures nothing: check that align wrote a whole report.
  "$align" check "$corpus" --quiet --no-color --format json --output "$work/out-$n.json" >/dev/null 2>&1 || [ $? -eq 1 ]
  python3 - "$work/out-$n.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
findings = report["findings"]
print(f"align: {len(findings)} findings in {len({f['file'] for f in findings})} files")
if not findings:
    sys.exit("align found nothing in a corpus written to drift: the run is broken")
PY
  mem=$(peak_kb "$corpus" --no-cache)
  if [ -n "${MEMORY_ONLY:-}" ]; then
    rm -rf "$corpus/.align"
    first=$(peak_kb "$corpus")
    again=$(peak_kb "$corpus")
    for line in "--no-cache:$mem" "first run, writing .align/cache:$first" "second run, cache unchanged:$again"; do
      echo "peak memory (align, all cores, ${line%%:*}): $(awk "BEGIN {printf \"%.1f\", ${line##*:}/1024}") MB for $(awk "BEGIN {printf \"%.1f\", $bytes/1048576}") MB of documents"
    done
    continue
  fi
  find "$corpus" -name '*.html' | sort > "$work/html-$n.list"
  find "$corpus" \( -name '*.md' -o -name '*.txt' \) | sort > "$work/text-$n.list"
  # --no-cache: every run reads every document, as a first run or CI does. align-cached is the
  # second run of a writer who changed nothing (.align/cache filled by the check above).
  commands=(
    -n align "$align check $corpus --no-cache --quiet --no-color --format json --output /dev/null"
    -n align-1job "$align check $corpus --no-cache --jobs 1 --quiet --no-color --format json --output /dev/null"
    -n align-cached "$align check $corpus --quiet --no-color --format json --output /dev/null"
    -n xmllint "xargs -a $work/html-$n.list xmllint --html --noout --nowarning"
  )
  [ -z "${NO_PROSELINT:-}" ] && commands+=(-n proselint "xargs -a $work/text-$n.list python3 -m proselint check")
  # align exits 1 when it finds errors, proselint when it finds anything: failures are expected.
  hyperfine --style basic --runs "$runs" --warmup 1 --ignore-failure --export-json "$work/h-$n.json" "${commands[@]}" >/dev/null 2>&1
  # A writer's second run after editing one file: the cache re-reads that file only.
  edited=$(head -1 "$work/html-$n.list")
  hyperfine --style basic --runs "$runs" --warmup 1 --ignore-failure --export-json "$work/e-$n.json" \
    --prepare "printf '<p>Edited again.</p>\\n' >> $edited" \
    -n align-edited "$align check $corpus --quiet --no-color --format json --output /dev/null" >/dev/null 2>&1
  printf '<p>Edited once more.</p>\n' >> "$edited"
  "$align" check "$corpus" --verbose --quiet --no-color --format json --output /dev/null 2>&1 | grep 'files checked' | sed 's/^/edited run: /' || true
  # The same findings whatever the cache and the number of jobs.
  for variant in "--no-cache --jobs 1" "--no-cache" "--jobs 1" ""; do
    # shellcheck disable=SC2086
    "$align" check "$corpus" $variant --quiet --no-color --format json --output "$work/same-$n.json" >/dev/null 2>&1 || true
    if [ -f "$work/first-$n.json" ]; then
      cmp -s "$work/first-$n.json" "$work/same-$n.json" || { echo "align check $variant differs from --no-cache --jobs 1" >&2; exit 1; }
    else
      mv "$work/same-$n.json" "$work/first-$n.json"
    fi
  done
  echo "identical reports: --no-cache and cached, --jobs 1 and all cores"
  python3 - "$work/h-$n.json" "$n" "$bytes" "$mem" "$work/text-$n.list" "$work/html-$n.list" "$work/e-$n.json" <<'PY'
import json, os, sys
data = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
data.update({r["command"]: r for r in json.load(open(sys.argv[7]))["results"]})
n, size, mem = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4] or 0)
text_size = sum(os.path.getsize(p.strip()) for p in open(sys.argv[5]) if p.strip())
html_size = sum(os.path.getsize(p.strip()) for p in open(sys.argv[6]) if p.strip())
# Each tool's throughput over the bytes it reads: align all of them, xmllint the HTML, proselint the rest.
own = {"xmllint": html_size, "proselint": text_size}
med = {k: v["median"] for k, v in data.items()}
for name in ("align", "align-1job", "align-cached", "align-edited", "xmllint", "proselint"):
    if name not in med:
        continue
    t = med[name]
    scope = {"align-cached": "every document, unchanged since the last run", "align-edited": "one file edited since the last run", "xmllint": f"HTML only, {html_size / 1048576:.1f} MB", "proselint": f"Markdown+text only, {text_size / 1048576:.1f} MB"}.get(name, "every document")
    print(f"{name:11s} median {t:8.3f} s (min {data[name]['min']:.3f}, max {data[name]['max']:.3f})   {own.get(name, size) / 1048576 / t:7.1f} MB/s   [{scope}]")
print(f"align: {n / med['align']:.0f} documents/s, {n / med['align-1job']:.0f} with one job")
print(f"peak memory (align, all cores): {mem / 1024:.1f} MB")
print(f"ratio align / xmllint (HTML parse only): {med['align'] / med['xmllint']:.2f}")
print(f"ratio align-1job / xmllint: {med['align-1job'] / med['xmllint']:.2f}")
if "proselint" in med:
    print(f"ratio align / proselint: {med['align'] / med['proselint']:.3f}")
print(f"ALIGN_MEDIAN {med['align']:.4f} {med['align-1job']:.4f}")
PY
  median[$n]=$(python3 -c "import json,sys; d={r['command']: r['median'] for r in json.load(open('$work/h-$n.json'))['results']}; print(d['align'], d['align-1job'])")
done

if [ -z "${MEMORY_ONLY:-}" ] && [ ${#sizes[@]} -ge 2 ]; then
  first=${sizes[0]}; last=${sizes[${#sizes[@]}-1]}
  python3 - "$first" "$last" ${median[$first]} ${median[$last]} <<'PY'
import sys
a, b = int(sys.argv[1]), int(sys.argv[2])
ta, ta1, tb, tb1 = map(float, sys.argv[3:7])
print()
print(f"linearity: {b / a:.0f}x documents took {tb / ta:.2f}x the time (all cores), {tb1 / ta1:.2f}x (1 job); target <= {b / a * 1.05:.1f}x")
PY
fi

if [ -z "${MEMORY_ONLY:-}" ]; then
  # Startup: a repository of one small page, everything else as a user has it.
  one="$work/one-file"
  mkdir -p "$one/site"
  python3 bench/generate_corpus.py --documents 1 --seed 7 --out "$work/one-src" >/dev/null
  cp "$work/one-src/align.yml" "$work/one-src/expect.yml" "$one/"
  printf '<html><head><title>Returns</title></head><body><p>Returns are free for 60 days.</p></body></html>\n' > "$one/site/index.html"
  hyperfine --style basic --runs 30 --warmup 3 --ignore-failure --export-json "$work/startup.json" \
    -n startup "$align check $one --no-cache --quiet --no-color --format json --output /dev/null" >/dev/null 2>&1
  python3 -c "import json; r=json.load(open('$work/startup.json'))['results'][0]; print(f\"startup (one-file repository): median {r['median']*1000:.1f} ms, min {r['min']*1000:.1f} ms (target < 50 ms)\")"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
