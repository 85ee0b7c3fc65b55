#!/usr/bin/env bash
# Where a crossing's time goes (issue 20, item 7): starts ./deploy/up.sh on a deployment of its own, new each run
# (borderpost_traces), with every service writing its spans to .local/traces/ (Telemetry__TraceDirectory), sends
# crossings through the gateway (BorderPost.LoadGenerator), stops the services and prints deploy/trace-summary.py's
# split of the recording request (gateway, Crossings, PostgreSQL) and the spans that take the most time overall.
#   ./deploy/bench-traces.sh [CROSSINGS [CONCURRENCY [NAME=VALUE...]]]   default 2000 at concurrency 16; the NAME=VALUE
#   are environment settings for the services, to compare (e.g. Logging__LogLevel__Default=Warning)
# Needs up.sh's ports free. The last line is one JSON object.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
crossings=${1:-2000} concurrency=${2:-16}
shift $(( $# < 2 ? $# : 2 ))
source deploy/prereqs.sh >/dev/null
export BORDERPOST_DEPLOYMENT=borderpost_traces
BORDERPOST_DEMO_PASSWORD=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
export BORDERPOST_DEMO_PASSWORD
as_postgres psql -q -c "DROP DATABASE IF EXISTS $BORDERPOST_DEPLOYMENT WITH (FORCE)" >/dev/null 2>&1
rabbit_ctl delete_vhost "$BORDERPOST_DEPLOYMENT" >/dev/null 2>&1 </dev/null || true
traces="$root/.local/traces"
rm -rf "$traces"; mkdir -p "$traces" "$root/.local/logs"
source deploy/bench-up.sh
start_up bench-traces "$@" Telemetry__TraceDirectory="$traces"
dotnet build tests/BorderPost.LoadGenerator -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
# CPU seconds each process spent (user + system), before and after the load: what a crossing costs, and where.
cpu() {
  local tick; tick=$(getconf CLK_TCK)
  for pid in $(pgrep -f 'dotnet BorderPost\.[A-Za-z]+\.dll|postgres|beam\.smp'); do
    local name; name=$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -o 'BorderPost\.[A-Za-z]*\.dll\|postgres\|beam\.smp' | head -n 1) || true
    [ -n "$name" ] || continue
    awk -v n="$name" -v t="$tick" '{print n, ($14 + $15) / t}' "/proc/$pid/stat" 2>/dev/null || true
  done | awk '{s[$1] += $2} END {for (n in s) print n, s[n]}' | sort
}
cpu > "$traces/cpu-before.txt"
dotnet tests/BorderPost.LoadGenerator/bin/Release/net10.0/BorderPost.LoadGenerator.dll --n "$crossings" --concurrency "$concurrency" | tail -n 1 >&2
cpu > "$traces/cpu-after.txt"
echo "CPU per crossing (ms, user + system, during the load):" >&2
join "$traces/cpu-before.txt" "$traces/cpu-after.txt" | awk -v n="$crossings" '{d = ($3 - $2) * 1000 / n; t += d; printf "  %-28s %6.2f\n", $1, d} END {printf "  %-28s %6.2f\n", "all", t}' >&2
stop_up
python3 deploy/trace-summary.py "$traces"
