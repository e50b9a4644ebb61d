#!/usr/bin/env bash
# Byte-identity check for changes meant to leave the extractor's output as it is (speed work):
# extracts factru-dev, the seed articles and a generated bench corpus with this tree's extractor and
# compares every JSON file with a reference run made before the change.
#
#   tools/extract-identity.sh reference   # on the commit before the change: writes $OUT/reference
#   tools/extract-identity.sh             # after it: writes $OUT/current and compares, exit 1 on any difference
#
# OUT defaults to /tmp/kg-identity; ARTICLES (default 500) sets the size of the bench corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/kg-identity}
mode=${1:-check}
target="$out/current"; [ "$mode" = reference ] && target="$out/reference"
rm -rf "$target"; mkdir -p "$target"
corpus="$out/bench-corpus"
if [ ! -d "$corpus" ]; then
  dotnet run -c Release --project src/KnowledgeGraph.Cli -- bench --write-corpus "$corpus" --articles "${ARTICLES:-500}" >/dev/null
fi
dotnet build -c Release -m:1 tools/KnowledgeGraph.Eval -v q -nologo >/dev/null
extract() { dotnet run -c Release --no-build --project tools/KnowledgeGraph.Eval -- extract "$1" "$target/$2" >/dev/null; }
extract ../shared/benchmarks/factru-dev factru
extract ../shared/seed-articles seed
extract "$corpus" bench
if [ "$mode" != reference ]; then
  # the corpus sits in $out for both runs, so even the articles' paths in the JSON agree
  if diff -r -q "$out/reference" "$target" > "$out/differences.txt"; then
    echo "identical: $(find "$target" -type f | wc -l) files"
  else
    head -20 "$out/differences.txt"
    echo "DIFFERENT: $(wc -l < "$out/differences.txt") files (list in $out/differences.txt)"; exit 1
  fi
fi
