#!/usr/bin/env bash
# Rebuilds headquarters' totals from Reporting's events (POST /api/reports/rebuild) and follows it to the end. While it
# runs, the totals and the dashboard answer from the figures copied when it began, and say so. Signs in as an admin
# through the gateway; if a rebuild is already running, follows that one.
#
#   ./deploy/rebuild-reporting.sh [--url http://127.0.0.1:8080] [--user admin]
#
# The password comes from BORDERPOST_PASSWORD, else (demo stack) .local/demo-password, else it is asked for.
# Prints a line per step of progress ("rebuilding: 43 % (1,234 of 2,868 events)") and ends with one line:
# "completed in N s" (exit 0), "failed: …" (exit 1), or why it could not start (exit 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
url=${BORDERPOST_GATEWAY_URL:-http://127.0.0.1:8080}
user=admin
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    *) echo "usage: $0 [--url URL] [--user NAME]" >&2; exit 2 ;;
  esac
done

source "$root/deploy/sign-in.sh"

answer=$(mktemp); trap 'rm -f "$answer"' EXIT
status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST -H "authorization: Bearer $token" -H 'accept-language: en' \
  "$url/api/reports/rebuild")
case "$status" in
  202) echo "rebuild started" ;;
  409) echo "a rebuild is already running: following it" ;;
  *) cat "$answer"; echo; echo "could not start (HTTP $status)"; exit 2 ;;
esac

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$answer"; }
started=$(date +%s)
last=""
while true; do
  status=$(curl -sS -o "$answer" -w '%{http_code}' -H "authorization: Bearer $token" "$url/api/reports/rebuild" || echo 000)
  if [ "$status" = 200 ]; then
    state=$(field state)
    line="rebuilding: $(field percent) % ($(field processed) of $(field target) events)"
    if [ "$line" != "$last" ] && [ "$state" = running ]; then echo "$line"; last=$line; fi
    case "$state" in
      completed) echo "completed in $(( $(date +%s) - started )) s"; exit 0 ;;
      failed) echo "failed: $(cat "$answer")"; exit 1 ;;
    esac
  fi
  sleep 2
done
