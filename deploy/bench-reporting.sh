#!/usr/bin/env bash
# Issue 18's benchmark: Reporting with two years of history (four posts, ~1 million crossings, ~500 arrests,
# ~2,000 referrals, ~200,000 document checks at --scale 1), on the PostgreSQL and RabbitMQ that prereqs.sh starts,
# in a schema of its own (dropped afterwards). Prints totals p50/p99 per query, the projection's rebuild rate and
# memory; the last line is one JSON object.
#   ./deploy/bench-reporting.sh [--scale 1] [--requests 200]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source deploy/prereqs.sh >/dev/null
export BORDERPOST_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=borderpost_test;Username=$BP_DB_USER;Password=$BP_DB_PASSWORD"
export BORDERPOST_RABBIT_USER="$BP_RABBIT_USER" BORDERPOST_RABBIT_PASSWORD="$BP_RABBIT_PASSWORD"
export BORDERPOST_TEST_LOGLEVEL=${BORDERPOST_TEST_LOGLEVEL:-Warning}
dotnet run -c Release --project tests/BorderPost.Reporting.Benchmark -- bench "$@"
