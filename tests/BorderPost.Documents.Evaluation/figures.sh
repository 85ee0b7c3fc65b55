#!/usr/bin/env bash
# The README's reading figures in one run: the real development set (originals, phone-like variants, the certainty
# threshold and resolution sweeps) and the generator's clean and degraded sets. Usage:
#   tests/BorderPost.Documents.Evaluation/figures.sh <real set folder> [generated set folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
real=${1:?usage: figures.sh <real set folder> [generated set folder]}
generated=${2:-$(mktemp -d)}
cd "$root"
for project in tests/BorderPost.Documents.Evaluation tests/BorderPost.Documents.Generator; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
done
evaluate() { dotnet tests/BorderPost.Documents.Evaluation/bin/Release/net10.0/BorderPost.Documents.Evaluation.dll "$@" | tail -n 1; }
[ -f "$generated/labels.json" ] || dotnet tests/BorderPost.Documents.Generator/bin/Release/net10.0/BorderPost.Documents.Generator.dll \
  "$generated" --count 200 --seed 1 --profile mixed >/dev/null
echo "real, originals:        $(evaluate "$real" --no-baseline --check-date 2026-12-01)"
echo "real, 3 variants each:  $(dotnet tests/BorderPost.Documents.Evaluation/bin/Release/net10.0/BorderPost.Documents.Evaluation.dll "$real" --no-baseline --check-date 2026-12-01 --augment 3 | grep '"group":"augmented"')"
for certain in 0 50 90 99; do
  echo "real, certain=$certain:      $(evaluate "$real" --no-baseline --check-date 2026-12-01 --certain $certain)"
done
for scale in 0.5 0.35 0.25 0.18 0.12; do
  echo "real, downscale $scale: $(evaluate "$real" --no-baseline --check-date 2026-12-01 --downscale $scale)"
done
dotnet tests/BorderPost.Documents.Evaluation/bin/Release/net10.0/BorderPost.Documents.Evaluation.dll "$generated" --no-baseline \
  | grep -E '"group":"(clean|degraded)"' | sed 's/^/generated: /'
for certain in 0 90; do
  echo "generated, certain=$certain: $(evaluate "$generated" --no-baseline --certain $certain)"
done
