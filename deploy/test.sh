#!/usr/bin/env bash
# Runs every test project against the real PostgreSQL and RabbitMQ (installed and started by prereqs.sh).
# Each run isolates itself (its own schemas and RabbitMQ virtual host), so it can run twice in a row.
# Ends with one line: "N passed, N failed, N skipped" over all test projects.
#   ./deploy/test.sh          everything; the fault-injection tests (which stop PostgreSQL and RabbitMQ) last
#   ./deploy/test.sh --fast   everything that needs no fault injection
# Other arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
fast=0
if [ "${1:-}" = "--fast" ]; then
  fast=1
  shift
fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source deploy/prereqs.sh

export BORDERPOST_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=borderpost_test;Username=$BP_DB_USER;Password=$BP_DB_PASSWORD"
export BORDERPOST_RABBIT_USER="$BP_RABBIT_USER" BORDERPOST_RABBIT_PASSWORD="$BP_RABBIT_PASSWORD"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet build BorderPost.sln -c Release -nologo -v quiet -clp:ErrorsOnly
status=0
# One project at a time: the end-to-end suite is timing-sensitive enough on 2 cores without a neighbour.
projects=$(ls tests/*/*.Tests.csproj | grep -v FaultInjection)
[ "$fast" -eq 1 ] || projects="$projects $(ls tests/*/*.Tests.csproj | grep FaultInjection)"
for project in $projects; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" "$@" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(value total); p=$(value passed); f=$(value failed); e=$(value error); t=$(value timeout); a=$(value aborted)
  passed=$((passed + p)); failed=$((failed + f + e + t + a))
  skipped=$((skipped + total - p - f - e - t - a))
done
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1  # a project that could not run counts as a failure
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
