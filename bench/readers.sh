#!/usr/bin/env bash
# The readers' stage alone, in instructions: builds bench/readers (DocumentReaders on a list of
# files, nothing else) in release and counts what the readers execute under callgrind (each
# reader's `read` toggles collection, so reading the files and the harness are not counted).
# Instruction counts do not move with the load of a shared machine, as times do; `align check`
# itself cannot run under valgrind 3.19 (libdispatch), hence the harness.
#
#   bench/readers.sh                       # this tree, 1,000 generated documents
#   DOCUMENTS=10000 bench/readers.sh
#   bench/readers.sh OLD/ReadBench NEW/ReadBench   # two builds of the harness, side by side
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${DOCUMENTS:-1000}
command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
  swift build --package-path bench/readers -c release --product ReadBench >/dev/null
  binaries=("$(swift build --package-path bench/readers -c release --show-bin-path)/ReadBench")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate_corpus.py --documents "$documents" --seed 7 --paragraphs 6 --out "$work/corpus" >/dev/null
find "$work/corpus" -type f \( -name '*.html' -o -name '*.md' -o -name '*.eml' -o -name '*.txt' \) | sort > "$work/files"
for binary in "${binaries[@]}"; do
  # valgrind 3.19 cannot read the DWARF 5 that Swift writes: symbols are enough.
  objcopy --strip-debug "$binary" "$work/bench"
  valgrind --tool=callgrind --toggle-collect='*P4read_4path7options*TW' --callgrind-out-file="$work/out" \
    "$work/bench" time "$work/files" > /dev/null 2> "$work/log"
  echo "$binary: $(grep -o 'Collected : [0-9]*' "$work/log" | cut -d' ' -f3) instructions in the readers, $documents documents"
done
