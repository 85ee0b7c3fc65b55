#!/usr/bin/env bash
# Where a crossing waits on its way to headquarters' totals, sampled every 0.2 s while a benchmark runs: how many
# events Crossings has stored, how many of those its outbox has not yet marked published, how many messages Reporting
# has counted, and how many of Reporting's events its daemon has not yet folded into the totals (docs/capacity.md,
# "Throughput: counted as soon as recorded"). Start it once ./deploy/bench-throughput.sh has begun (both set up
# PostgreSQL's roles at start); Ctrl-C stops it. The outbox marks its progress a page (500 events) at a time.
#   ./deploy/watch-stages.sh [DATABASE]   default borderpost_throughput, the benchmark's deployment
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/prereqs.sh >/dev/null
database=${1:-borderpost_throughput}
until as_postgres psql -d "$database" -tAc "SELECT 1 FROM reporting.mt_event_progression LIMIT 1" >/dev/null 2>&1; do
  sleep 1
done
echo "at stored unpublished counted not_in_totals"
as_postgres psql -d "$database" -q -t -A -F ' ' <<'SQL'
SELECT to_char(clock_timestamp(), 'HH24:MI:SS.MS') AS at,
       s.stored,
       s.stored - coalesce((SELECT last_seq_id FROM crossings.mt_event_progression WHERE name = 'integration-events:All'), 0) AS unpublished,
       (SELECT count(*) FROM reporting.mt_streams) AS counted,
       coalesce((SELECT max(seq_id) FROM reporting.mt_events), 0)
         - coalesce((SELECT last_seq_id FROM reporting.mt_event_progression WHERE name = 'DailyTotal:All'), 0) AS not_in_totals
FROM (SELECT coalesce(max(seq_id), 0) AS stored FROM crossings.mt_events) s
\watch 0.2
SQL
