#!/usr/bin/env bash
# Links a post node's RabbitMQ to headquarters' with RabbitMQ federation, both ways: the post's integration events
# reach headquarters, and what posts need from headquarters (the lost/stolen register, account changes, where their
# referrals stand) reaches the post, when the link allows: store and forward by the brokers themselves, nothing in the
# services.
#
#   ./deploy/link-post.sh --post-vhost VHOST --hq-vhost VHOST [--post-amqp HOST:PORT] [--hq-amqp HOST:PORT]
#                         [--post-api URL] [--hq-api URL]
#   ./deploy/link-post.sh --unlink --post-vhost VHOST --hq-vhost VHOST [--post-api URL] [--hq-api URL]
#
# What it sets up:
# - at the post, a user of its own for the link ("link-<post vhost>"), allowed only the federation's own queue and
#   exchanges and to read the exchanges of the events that go up;
# - at headquarters, an upstream ("post-<post vhost>") that reaches the post's broker as that user, and one policy that
#   federates the exchanges of the events that go up (BorderPost.Contracts.Crossings, .Arrests, .Documents, and the
#   minors' checks and officers' referrals a post's Protection took) from every post's upstream;
# - the other way, at headquarters a user for the post ("down-<post vhost>"), allowed only the federation's own queue
#   and exchanges and to read the exchanges that go down (BorderPost.Contracts.Registers, .Accounts, and Protection's
#   referral events: codes and times, never the person; and IBESR's travel authorisations); at the post an upstream ("headquarters") that reaches
#   headquarters' broker as that user, and a policy that federates those exchanges.
# Each broker keeps a link open to the other. While a link is down, the sending broker keeps what is published in a
# durable queue; when it returns, the messages go on in order. A message leaves the sender only once the receiving
# broker has confirmed it (ack-mode on-confirm), and goes no further than one hop (max-hops 1). A message may come
# twice after a link broke between confirm and acknowledgement: the consumers are idempotent.
#
# Credentials: the provisioning account of deploy/prereqs.sh on both brokers' management APIs (the same broker on
# one machine: one virtual host per node). The link user's password is generated once into .local/secrets/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
post_vhost="" hq_vhost="" post_amqp="127.0.0.1:5672" hq_amqp="127.0.0.1:5672" post_api="http://127.0.0.1:15672" hq_api="http://127.0.0.1:15672" unlink=0
while [ $# -gt 0 ]; do
  case "$1" in
    --post-vhost) post_vhost=${2:?}; shift ;;
    --hq-vhost) hq_vhost=${2:?}; shift ;;
    --post-amqp) post_amqp=${2:?}; shift ;;
    --hq-amqp) hq_amqp=${2:?}; shift ;;
    --post-api) post_api=${2:?}; shift ;;
    --hq-api) hq_api=${2:?}; shift ;;
    --unlink) unlink=1 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$post_vhost" ] || [ -z "$hq_vhost" ]; then
  echo "--post-vhost and --hq-vhost are required" >&2
  exit 2
fi
user=${BORDERPOST_RABBIT_USER:-borderpost}
password=${BORDERPOST_RABBIT_PASSWORD:-$(cat "$root/.local/secrets/rabbitmq-provisioning")}
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
api() { # api METHOD BASE PATH [JSON]
  # Every call is idempotent (PUT, DELETE): retried while the management API is briefly unavailable (it answered
  # with an empty reply once, under the load of a node starting).
  curl -fsS --retry 5 --retry-all-errors --retry-delay 2 -u "$user:$password" -H 'content-type: application/json' -X "$1" "$2/api/$3" ${4:+-d "$4"} >/dev/null
}
link_user="link-$post_vhost"
upstream="post-$post_vhost"
up_events='BorderPost\\.Contracts\\.(Crossings:|Arrests:|Documents:|Protection:(MinorCheckedAtPost|ReferralMadeAtPost))'
down_user="down-$post_vhost"
down_events='BorderPost\\.Contracts\\.(Registers:|Accounts:|Protection:(Referral(Opened|Acknowledged|Overdue|Closed)|TravelAuthorisationChanged))'

if [ "$unlink" = 1 ]; then
  api DELETE "$hq_api" "parameters/federation-upstream/$(urlencode "$hq_vhost")/$(urlencode "$upstream")" || true
  api DELETE "$post_api" "users/$(urlencode "$link_user")" || true
  api DELETE "$post_api" "parameters/federation-upstream/$(urlencode "$post_vhost")/headquarters" || true
  api DELETE "$hq_api" "users/$(urlencode "$down_user")" || true
  rm -f "$root/.local/secrets/$link_user" "$root/.local/secrets/$down_user"
  echo "unlinked $post_vhost from $hq_vhost"
  exit 0
fi

secrets="$root/.local/secrets"
(umask 077; mkdir -p "$secrets")
[ -s "$secrets/$link_user" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$secrets/$link_user")
link_password=$(cat "$secrets/$link_user")
[ -s "$secrets/$down_user" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$secrets/$down_user")
down_password=$(cat "$secrets/$down_user")

# At the post: the link's own user.
api PUT "$post_api" "users/$(urlencode "$link_user")" "{\"password\":\"$link_password\",\"tags\":\"\"}"
api PUT "$post_api" "permissions/$(urlencode "$post_vhost")/$(urlencode "$link_user")" \
  "{\"configure\":\"^(federation: .*|$up_events.*)\$\",\"write\":\"^federation: .*\$\",\"read\":\"^(federation: .*|$up_events.*)\$\"}"

# At headquarters: the upstream, and the policy that federates the events that go up from every post.
uri="amqp://$(urlencode "$link_user"):$(urlencode "$link_password")@$post_amqp/$(urlencode "$post_vhost")?heartbeat=10&connection_timeout=5000"
api PUT "$hq_api" "parameters/federation-upstream/$(urlencode "$hq_vhost")/$(urlencode "$upstream")" \
  "{\"value\":{\"uri\":\"$uri\",\"ack-mode\":\"on-confirm\",\"max-hops\":1,\"reconnect-delay\":2,\"prefetch-count\":500,\"trust-user-id\":false}}"
api PUT "$hq_api" "policies/$(urlencode "$hq_vhost")/borderpost-from-posts" \
  "{\"pattern\":\"^$up_events\",\"apply-to\":\"exchanges\",\"priority\":10,\"definition\":{\"federation-upstream-set\":\"all\"}}"

# The other way: at headquarters the post's own user, at the post the upstream and the policy for what goes down.
api PUT "$hq_api" "users/$(urlencode "$down_user")" "{\"password\":\"$down_password\",\"tags\":\"\"}"
# Its federation queue and exchange at headquarters are named "federation: X -> NODE:<post vhost>:X": the post may
# touch its own, not another post's.
own="federation: .* -> [^:]+:$post_vhost:.*"
api PUT "$hq_api" "permissions/$(urlencode "$hq_vhost")/$(urlencode "$down_user")" \
  "{\"configure\":\"^($own|$down_events.*)\$\",\"write\":\"^$own\$\",\"read\":\"^($own|$down_events.*)\$\"}"
down_uri="amqp://$(urlencode "$down_user"):$(urlencode "$down_password")@$hq_amqp/$(urlencode "$hq_vhost")?heartbeat=10&connection_timeout=5000"
api PUT "$post_api" "parameters/federation-upstream/$(urlencode "$post_vhost")/headquarters" \
  "{\"value\":{\"uri\":\"$down_uri\",\"ack-mode\":\"on-confirm\",\"max-hops\":1,\"reconnect-delay\":2,\"prefetch-count\":500,\"trust-user-id\":false}}"
api PUT "$post_api" "policies/$(urlencode "$post_vhost")/borderpost-from-headquarters" \
  "{\"pattern\":\"^$down_events\",\"apply-to\":\"exchanges\",\"priority\":10,\"definition\":{\"federation-upstream\":\"headquarters\"}}"
echo "linked $post_vhost to $hq_vhost (upstream $upstream; down: upstream headquarters)"
