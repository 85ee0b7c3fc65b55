#!/usr/bin/env bash
# Reconciliation: compares headquarters' totals with each service's own event store for a period and lists every
# difference (GET /api/reports/reconciliation). Signs in as a headquarters user through the gateway.
#
#   ./deploy/reconcile.sh --from 2026-01-01 --to 2026-12-31 [--url http://127.0.0.1:8080] [--user hq.analyst]
#
# The password comes from BORDERPOST_PASSWORD, else (demo stack) .local/demo-password, else it is asked for.
# Prints the answer (JSON) and ends with one line: "N differences" or the error. Exit code: 0 when the figures are
# exact, 1 when there are differences, 2 when the comparison could not be made (a service unreachable, bad input).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
url=${BORDERPOST_GATEWAY_URL:-http://127.0.0.1:8080}
user=hq.analyst
from="" to=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=$2; shift 2 ;;
    --to) to=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    *) echo "usage: $0 --from YYYY-MM-DD --to YYYY-MM-DD [--url URL] [--user NAME]" >&2; exit 2 ;;
  esac
done
[ -n "$from" ] && [ -n "$to" ] || { echo "usage: $0 --from YYYY-MM-DD --to YYYY-MM-DD [--url URL] [--user NAME]" >&2; exit 2; }

source "$root/deploy/sign-in.sh"

answer=$(mktemp); trap 'rm -f "$answer"' EXIT
status=$(curl -sS -o "$answer" -w '%{http_code}' -H "authorization: Bearer $token" -H 'accept-language: en' \
  "$url/api/reports/reconciliation?from=$from&to=$to")
if command -v jq >/dev/null; then jq . "$answer"; else cat "$answer"; echo; fi
if [ "$status" != 200 ]; then
  echo "no comparison (HTTP $status)"
  exit 2
fi
differences=$(grep -o '"source":' "$answer" | wc -l || true)
echo "$differences differences"
[ "$differences" = 0 ]
