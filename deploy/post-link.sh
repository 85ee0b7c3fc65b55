#!/usr/bin/env bash
# A post node's link to headquarters on this machine (./deploy/up.sh --nodes): two relays, one that headquarters'
# broker crosses to reach the post's (federation), one that the post's Identity crosses to reach headquarters' gateway.
# Cutting it is what a satellite link going down does to the post; everything else keeps running.
#
#   ./deploy/post-link.sh up POST        start the relays (up.sh --nodes does)
#   ./deploy/post-link.sh cut POST       stop them, and with them every connection across the link
#   ./deploy/post-link.sh status POST    "up" or "cut"
#
# POST is OUA (ports 8188 and 8189) or MAL (8288 and 8289): the post node's port base plus 8 (HTTP) and 9 (AMQP).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
action=${1:-} post=${2:-}
case "$post" in
  OUA) base=8180 ;;
  MAL) base=8280 ;;
  *) echo "usage: $0 up|cut|status OUA|MAL" >&2; exit 2 ;;
esac
hq_gateway_port=${BORDERPOST_HQ_GATEWAY_PORT:-8080}
amqp_port=${BORDERPOST_AMQP_PORT:-5672}
pids="$root/.local/links"
mkdir -p "$pids"
pidfile="$pids/${post,,}.pid"

running() { [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$action" in
  up)
    running && exit 0
    # One process group per link, so that cutting it ends the relays' established connections too.
    setsid bash -c "socat TCP-LISTEN:$((base + 8)),bind=127.0.0.1,reuseaddr,fork TCP:127.0.0.1:$hq_gateway_port &
                    socat TCP-LISTEN:$((base + 9)),bind=127.0.0.1,reuseaddr,fork TCP:127.0.0.1:$amqp_port &
                    wait" </dev/null >/dev/null 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$((base + 9))") 2>/dev/null && exit 0
      sleep 0.1
    done
    echo "post-link.sh: the $post link did not come up" >&2
    exit 1
    ;;
  cut)
    if running; then
      kill -TERM -- "-$(cat "$pidfile")" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    ;;
  status)
    if running; then echo up; else echo cut; fi
    ;;
  *) echo "usage: $0 up|cut|status OUA|MAL" >&2; exit 2 ;;
esac
