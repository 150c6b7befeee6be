#!/usr/bin/env bash
# Where a check's time goes, stage by stage: samples `align check --jobs 1` on a generated corpus
# with perf (DWARF call graphs, so that time inside libxml2 and cmark counts for the reader that
# called them) and prints each stage's inclusive share and its milliseconds of the median run.
# Give two binaries to see them side by side (the first is the baseline).
#
#   bench/stages.sh                               # this tree's release build, 10,000 documents
#   bench/stages.sh OLD/align .build/release/align
#   DOCUMENTS=1000 bench/stages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${DOCUMENTS:-10000}
command -v perf >/dev/null || apt-get install -y -qq linux-perf >/dev/null
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
  swift build -c release --product align >/dev/null
  binaries=("$PWD/.build/release/align")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate_corpus.py --documents "$documents" --seed 7 --paragraphs 6 --out "$work/corpus" >/dev/null

# A stage is every sample with one of its functions on the stack (demangled, simplified names).
stages='readers (file bytes to blocks)|DocumentReaders.read(bytes:
sentences and words|SentenceSplitter.sentences(
claim reading|ClaimReading.
pack and core rules (phrases, patterns)|TextMatcher.scan(
report (ordering, source lines, writer)|ReportOrder.forEachFile('

for binary in "${binaries[@]}"; do
  run=("$binary" check "$work/corpus" --no-cache --jobs 1 --quiet --no-color --format json --output /dev/null)
  hyperfine --style none --runs 5 --warmup 1 --ignore-failure --export-json "$work/time.json" "${run[*]}" >/dev/null 2>&1
  median=$(python3 -c "import json; print(json.load(open('$work/time.json'))['results'][0]['median'])")
  perf record -q -e cpu-clock -F 1000 --call-graph dwarf,16384 -o "$work/perf.data" -- "${run[@]}" >/dev/null 2>&1 || true
  perf script -i "$work/perf.data" 2>/dev/null | swift demangle --simplified > "$work/stacks.txt"
  echo "== $binary ($("$binary" --version)), $documents documents, --jobs 1: median $(printf '%.3f' "$median") s"
  python3 - "$work/stacks.txt" "$median" "$stages" <<'PY'
import sys
path, median, spec = sys.argv[1], float(sys.argv[2]), sys.argv[3]
stages = [line.split("|", 1) for line in spec.strip().splitlines()]
samples, hits, stack = 0, [0] * len(stages), []
def close():
    global samples, stack
    if stack:
        samples += 1
        text = "\n".join(stack)
        for i, (_, marker) in enumerate(stages):
            if marker in text:
                hits[i] += 1
    stack = []
for line in open(path, errors="replace"):
    if not line.strip():
        close()
    elif line.startswith((" ", "\t")):
        stack.append(line)
    else:
        close()
close()
for (name, _), count in zip(stages, hits):
    share = count / samples if samples else 0
    print(f"  {name:42s} {share * 100:5.1f} %  {share * median * 1000:7.0f} ms")
print(f"  ({samples} samples)")
PY
done
