#!/usr/bin/env bash
# Sharded check at scale: a generated corpus checked in N shards one after another (as N CI
# runners would, each on its own), then `align merge`. Prints each shard's time and peak memory,
# the merge's, the shard files' sizes, and whether the merged JSON equals one unsharded run's
# (skipped with NO_UNSHARDED=1, which a corpus of 100,000 documents may want).
#
#   bench/shards.sh                    # 100,000 documents in 8 shards
#   bench/shards.sh 2000 8             # a quick proof that it works
#   ALIGN=.build/debug/align bench/shards.sh 2000 3   # a binary already built
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-100000}
shards=${2:-8}
if [ -z "${ALIGN:-}" ]; then
  swift build -c release --product align >/dev/null
  ALIGN=.build/release/align
fi
align=$(realpath "$ALIGN")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/generate_corpus.py --documents "$documents" --out "$work/tree" >/dev/null
mkdir -p "$work/shards"
cd "$work/tree"
echo "align: $("$align" --version)   documents: $documents   shards: $shards   cores: $(nproc)   load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Prints "<seconds> <peak kB>" of one command from GNU time; align's exit 1 (findings) is no failure.
measure() {
  local status=0
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
  if [ "$status" -gt 1 ]; then cat "$work/stderr" >&2; exit "$status"; fi
  tail -1 "$work/time"
}

total=0
for index in $(seq 1 "$shards"); do
  read -r seconds kb < <(measure "$align" check --quiet --shard "$index/$shards" --save-shard "$work/shards/$index.alignshard")
  total=$(echo "$total + $seconds" | bc)
  printf 'shard %s/%s: %6.2f s  peak %6d MB  file %6d kB\n' "$index" "$shards" "$seconds" $((kb / 1024)) $(($(stat -c %s "$work/shards/$index.alignshard") / 1024))
done
echo "shards together: $total s (one runner each: the slowest shard is the wall time)"
read -r seconds kb < <(measure "$align" merge --quiet --format json --output "$work/merged.json" "$work"/shards/*.alignshard)
printf 'merge: %6.2f s  peak %6d MB\n' "$seconds" $((kb / 1024))
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/merged.json" 2>/dev/null || echo "?")
echo "findings in the merged report: $findings"
if [ -z "${NO_UNSHARDED:-}" ]; then
  read -r seconds kb < <(measure "$align" check --quiet --no-cache --format json --output "$work/unsharded.json")
  printf 'unsharded check: %6.2f s  peak %6d MB\n' "$seconds" $((kb / 1024))
  cmp -s "$work/merged.json" "$work/unsharded.json" && echo "merged JSON equals the unsharded run's: yes" || { echo "merged JSON equals the unsharded run's: NO"; exit 1; }
fi
