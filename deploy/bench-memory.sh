#!/usr/bin/env bash
# Issue 20's memory figure: starts ./deploy/up.sh (every service, as on one machine), sends a load of crossings
# through the gateway (BorderPost.LoadGenerator), and prints each service's resident memory idle and after the load,
# then PostgreSQL's and RabbitMQ's (PSS). Stops the services at the end. Extra arguments are environment settings
# for the services, to compare, e.g.:
#   ./deploy/bench-memory.sh                      the build's settings (workstation GC)
#   ./deploy/bench-memory.sh DOTNET_gcServer=1    server GC, ASP.NET Core's default
# Needs port 8080 free (no up.sh already running). The last line is one JSON object.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
crossings=${BORDERPOST_BENCH_CROSSINGS:-4000}
log=$(mktemp)
env "$@" setsid ./deploy/up.sh >"$log" 2>&1 &
up=$!
stop() { kill -- -"$up" 2>/dev/null || true; sleep 3; pkill -f "dotnet BorderPost\.[A-Za-z]*\.dll" || true; rm -f "$log"; }
trap stop EXIT
for _ in $(seq 1 300); do
  curl -fsS http://127.0.0.1:8080/health/ready >/dev/null 2>&1 && break
  kill -0 "$up" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 2
done
rss() { ps -eo rss,args | grep "[d]otnet BorderPost\.[A-Za-z]*\.dll" | awk '{s+=$1} END {print int(s/1024)}'; }
pss() { local s=0 v; for p in $(pgrep -f "$1"); do v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0); s=$((s + ${v:-0})); done; echo $((s / 1024)); }
idle=$(rss)
load=$(dotnet tests/BorderPost.LoadGenerator/bin/Release/net10.0/BorderPost.LoadGenerator.dll --n "$crossings" --concurrency 32 | tail -n 1)
sleep 5
ps -eo rss,args | grep "[d]otnet BorderPost\.[A-Za-z]*\.dll" | awk '{printf "%-28s %5d MB\n", $3, $1/1024}'
after=$(rss); postgres=$(pss postgres); rabbitmq=$(pss beam.smp)
echo "services idle ${idle} MB, after ${crossings} crossings ${after} MB; PostgreSQL ${postgres} MB, RabbitMQ ${rabbitmq} MB (PSS)"
echo "{\"settings\":\"$*\",\"services_idle_mb\":$idle,\"services_after_load_mb\":$after,\"postgres_mb\":$postgres,\"rabbitmq_mb\":$rabbitmq,\"load\":$load}"
