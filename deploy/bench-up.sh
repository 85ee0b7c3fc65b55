# Sourced by the bench-*.sh scripts: starts ./deploy/up.sh in the background with environment settings of the
# caller's, logging to .local/logs/NAME-up.log, waits until it serves, and stops it when the script exits.
#   source deploy/bench-up.sh; start_up NAME [NAME=VALUE...]; ...; stop_up
start_up() {
  local log=".local/logs/$1-up.log"
  shift
  mkdir -p .local/logs
  env "$@" setsid ./deploy/up.sh > "$log" 2>&1 &
  up=$!
  trap stop_up EXIT
  for _ in $(seq 1 300); do
    grep -q "Press Ctrl-C" "$log" 2>/dev/null && return 0
    kill -0 "$up" 2>/dev/null || { tail -n 40 "$log" >&2; exit 1; }
    sleep 2
  done
}

stop_up() {
  kill -TERM "$up" 2>/dev/null || true
  wait "$up" 2>/dev/null || true
  trap - EXIT
}
