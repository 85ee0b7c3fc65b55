#!/usr/bin/env bash
# End-to-end throughput against PostgreSQL's own rate (issue 20, item 7). Starts ./deploy/up.sh (headquarters alone)
# on a deployment of its own, new each run (borderpost_throughput), records crossings through the gateway with the
# load generator (one process: a warm-up run of 3,000, then RUNS runs of CROSSINGS at CONCURRENCY, each waiting until
# headquarters counts them all), stops the services, runs `pgbench -N` on the same PostgreSQL and prints each run's
# crossings/s and its ratio to pgbench's transactions/s: recorded (the crossings over the seconds to send them, each
# answered 201 once stored) and counted (over the seconds until headquarters' totals hold them all), and where the
# first timed run's CPU went: milliseconds a crossing per kind of process (deploy/cpu-snapshot.py).
#   ./deploy/bench-throughput.sh [CROSSINGS [CONCURRENCY [RUNS [NAME=VALUE...]]]]   default 6000 at 64, 2 runs; the
#   NAME=VALUE are environment settings for the services, to compare (e.g. Bulkheads__CrossingWrites__PermitLimit=8)
# Needs up.sh's ports free. The last line is one JSON object.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
crossings=${1:-6000} concurrency=${2:-64} runs=${3:-2}
shift $(( $# < 3 ? $# : 3 ))
source deploy/prereqs.sh >/dev/null
export BORDERPOST_DEPLOYMENT=borderpost_throughput BORDERPOST_VHOST=borderpost_throughput
BORDERPOST_DEMO_PASSWORD=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
export BORDERPOST_DEMO_PASSWORD
forget() {
  as_postgres psql -q -c "DROP DATABASE IF EXISTS $BORDERPOST_DEPLOYMENT WITH (FORCE)" >/dev/null 2>&1 || true
  rabbit_ctl delete_vhost "$BORDERPOST_VHOST" >/dev/null 2>&1 </dev/null || true
}
forget
dotnet build tests/BorderPost.LoadGenerator -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
source deploy/bench-up.sh
start_up bench-throughput "$@"
# One generator process for the warm-up and every run: a new one per run compiled its own code during the run, on the
# cores the services share (docs/capacity.md).
rates=() counted=() run=0
cpu_before=$(mktemp) cpu_after=$(mktemp)
while IFS= read -r line; do
  case "$line" in
    "warm-up "*) python3 deploy/cpu-snapshot.py take "$cpu_before"; echo "warm-up: ${line#warm-up }" >&2 ;;
    "{"*)
      run=$((run + 1))
      if [ "$run" = 1 ]; then python3 deploy/cpu-snapshot.py take "$cpu_after"; fi
      echo "run $run: $line" >&2
      rates+=("$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["throughput_per_s"])' "$line")")
      counted+=("$(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); n = r["crossings"]
print(round(n / (n / r["throughput_per_s"] + r["seconds_to_totals"]), 1))' "$line")") ;;
  esac
done < <(dotnet tests/BorderPost.LoadGenerator/bin/Release/net10.0/BorderPost.LoadGenerator.dll \
  --concurrency "$concurrency" --warm-up 3000 --n "$crossings" --runs "$runs")
[ "${#rates[@]}" = "$runs" ] || { echo "the load generator stopped after ${#rates[@]} of $runs runs" >&2; exit 1; }
stop_up
# Where the first timed run's CPU went (from the warm-up's end until the run's totals held every crossing).
python3 deploy/cpu-snapshot.py diff "$cpu_before" "$cpu_after" "$crossings"
rm -f "$cpu_before" "$cpu_after"
# PostgreSQL's own rate for small writes, with the services stopped, on a scratch database of its own.
if [ "$(as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'borderpost_pgbench'")" != 1 ]; then
  as_postgres createdb borderpost_pgbench
fi
as_postgres pgbench -i -q -s 10 borderpost_pgbench >/dev/null 2>&1
tps=$(as_postgres pgbench -N -c 8 -j 2 -T 20 borderpost_pgbench 2>/dev/null | awk '/^tps = / {print $3; exit}')
forget
python3 - "$tps" "$crossings" "$concurrency" "${rates[*]}" "${counted[*]}" <<'PY'
import json, sys
tps, crossings, concurrency = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rates, counted = [float(r) for r in sys.argv[4].split()], [float(r) for r in sys.argv[5].split()]
for i, (r, c) in enumerate(zip(rates, counted), 1):
    print(f"run {i}: {r:.1f} crossings/s recorded = {r / tps:.3f} of pgbench -N ({tps:.0f} tps); "
          f"{c:.1f} counted at headquarters = {c / tps:.3f}", file=sys.stderr)
print(json.dumps({"crossings": crossings, "concurrency": concurrency, "crossings_per_s": rates,
                  "pgbench_tps": round(tps, 1), "ratio": [round(r / tps, 3) for r in rates],
                  "counted_per_s": counted, "counted_ratio": [round(c / tps, 3) for c in counted]}))
PY
