# Sourced by the diff benchmarks: generates the corpus pairs of "${sizes[@]}" that are missing
# (scripts/gen_diff_corpus.py), then moves into a fresh temporary folder, $work, removed on exit.
# The tools diff two files and run there, outside any git repository: inside one, redraft also
# opens the repository to see whether an argument names a label. Expects root, build, corpus and
# sizes; leaves build and corpus as absolute paths.
for size in "${sizes[@]}"; do
  [ -f "$corpus/$size/new.txt" ] ||
    python3 "$root/scripts/gen_diff_corpus.py" --out "$corpus" --sizes "$size" >/dev/null
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$(cd "$corpus" && pwd)
build=$(cd "$build" && pwd)
cd "$work"
