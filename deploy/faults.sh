#!/usr/bin/env bash
# The fault and load suite (issue 20): starts headquarters and two post nodes (./deploy/up.sh --nodes) and, under a
# steady load of crossings and of arrests with a child to refer at both posts, one fault after the other:
#   - Ouanaminthe's link to headquarters is cut for a while (deploy/post-link.sh), then restored;
#   - headquarters' Reporting (a consumer) is killed with SIGKILL and restarted, as a supervisor would;
#   - Malpasse's Crossings (its projection daemon's leader, the post's one instance) is killed and restarted;
#   - a second Reporting instance starts at headquarters, and whichever of the two holds the projection daemon's lock
#     is killed: the other must take it over (the totals converge only if it does);
#   - (full run only) RabbitMQ is restarted, then PostgreSQL;
#   - a message no consumer can read is published where crossing events go.
# After each fault it waits for headquarters to count every write the posts had accepted, then a burst of crossings
# at Ouanaminthe measures throughput and the arrests' write time during it. pgbench -N runs on the same PostgreSQL in
# the same run. The last line is JSON: writes at the posts, counts at headquarters, lost, duplicated, and per fault
# its API error rate, the share of writes the post accepted and the seconds to converge.
#
#   ./deploy/faults.sh            the full run (about 8 minutes after the services are up)
#   ./deploy/faults.sh --short    the link cut, the consumer kill and the leader kills, shorter (about 2 minutes)
#
# Exits non-zero if anything is lost or doubled, a post accepts less than 99 % of its writes while its link is cut,
# headquarters does not converge, the daemon's lock does not pass to
# the surviving Reporting instance, or the poison message is not in the
# admin's list of failed messages (before and after the admin sends it back). Do not run it while up.sh or the
# tests run on this machine: it uses up.sh's ports and restarts nothing but what it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=()
scale=10 seconds=20
if [ "${1:-}" = --short ]; then mode=(--short); scale=2 seconds=8; fi
source deploy/prereqs.sh >/dev/null
export BORDERPOST_RABBIT_USER="$BP_RABBIT_USER" BORDERPOST_RABBIT_PASSWORD="$BP_RABBIT_PASSWORD"
mkdir -p .local/logs

# PostgreSQL's own rate for small writes, on a scratch database of its own.
if [ "$(as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'borderpost_pgbench'")" != 1 ]; then
  as_postgres createdb borderpost_pgbench
fi
as_postgres pgbench -i -q -s "$scale" borderpost_pgbench >/dev/null 2>&1
tps=$(as_postgres pgbench -N -c 8 -j 2 -T "$seconds" borderpost_pgbench 2>/dev/null | awk '/^tps = / {print $3; exit}')
echo "pgbench -N: $tps transactions/s" >&2

# A deployment of its own, new each run, with a password of its own: nothing the demo (up.sh) or an earlier run left
# in PostgreSQL or RabbitMQ changes what this run counts or who can sign in.
export BORDERPOST_DEPLOYMENT=borderpost_faults BORDERPOST_VHOST=borderpost_faults
BORDERPOST_DEMO_PASSWORD=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
export BORDERPOST_DEMO_PASSWORD
for database in borderpost_faults borderpost_faults_post_oua borderpost_faults_post_mal; do
  as_postgres psql -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
  rabbit_ctl delete_vhost "$database" >/dev/null 2>&1 </dev/null || true
done

setsid ./deploy/up.sh --nodes > .local/logs/faults-up.log 2>&1 &
up=$!
cleanup() {
  kill -TERM "$up" 2>/dev/null || true
  wait "$up" 2>/dev/null || true
  # What the suite restarted after a kill is not up.sh's child: stop it too.
  pkill -TERM -f 'BorderPost\.[A-Za-z]+\.dll --urls http://127\.0\.0\.1:8[0-2]8[0-9]' 2>/dev/null || true
  ./deploy/post-link.sh cut OUA; ./deploy/post-link.sh cut MAL
}
trap cleanup EXIT
echo "Starting headquarters and two post nodes (log: .local/logs/faults-up.log)…" >&2
for _ in $(seq 1 900); do
  grep -q "Post node: *MAL" .local/logs/faults-up.log 2>/dev/null && break
  kill -0 "$up" 2>/dev/null || { tail -n 40 .local/logs/faults-up.log >&2; exit 1; }
  sleep 1
done
grep -q "Post node: *MAL" .local/logs/faults-up.log || { echo "faults.sh: the nodes did not come up" >&2; exit 1; }

dotnet build tests/BorderPost.FaultSuite -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
result=$(mktemp)
rc=0
dotnet tests/BorderPost.FaultSuite/bin/Release/net10.0/BorderPost.FaultSuite.dll "${mode[@]}" --pgbench-tps "$tps" > "$result" || rc=$?
cleanup
trap - EXIT
# Event by event, not only totals: every crossing and arrest recorded at a post must be a message headquarters counted,
# under the same id (Reporting opens one stream per counted message, keyed by the post's event id). A lost event and a
# doubled one of the same post and kind would cancel in the totals; here the lost one shows.
ids=$(mktemp -d)
for database in borderpost_faults_post_oua borderpost_faults_post_mal; do
  as_postgres psql -tA -d "$database" -c "SELECT id FROM crossings.mt_events WHERE type = 'crossing_recorded'
    UNION ALL SELECT id FROM arrests.mt_events WHERE type = 'arrest_recorded'"
done | sort > "$ids/written"
as_postgres psql -tA -d borderpost_faults -c "SELECT id FROM reporting.mt_streams" | sort > "$ids/counted"
python3 - "$result" "$(wc -l < "$ids/written")" "$(comm -23 "$ids/written" "$ids/counted" | wc -l)" <<'PY' || rc=1
import json, sys
path, compared, lost = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = open(path).read().splitlines()
result = json.loads(lines[-1])
result["idsCompared"], result["lostIds"] = compared, lost
result["bars"]["nothingLostOrDoubled"] = result["bars"]["nothingLostOrDoubled"] and lost == 0 and compared > 0
open(path, "w").write("\n".join(lines[:-1] + [json.dumps(result, separators=(",", ":"))]) + "\n")
sys.exit(0 if result["bars"]["nothingLostOrDoubled"] else 1)
PY
rm -rf "$ids"
tail -n 1 "$result"
rm -f "$result"
exit "$rc"
