#!/usr/bin/env bash
# Sets up and runs BorderPost on this machine: PostgreSQL and RabbitMQ (installed and started if needed),
# a build of every service, the services themselves behind the gateway, reference data and demo users.
# Ctrl-C stops the services; PostgreSQL and RabbitMQ keep running. Safe to run again.
#
#   ./deploy/up.sh                                the demo: Development mode, demo users with one generated password
#   ./deploy/up.sh --nodes                        the demo as headquarters plus two post nodes (OUA on 8180-8187, MAL on
#                                                 8280-8287), each with its own database, broker virtual host and
#                                                 Identity, linked to headquarters by RabbitMQ federation
#   ./deploy/up.sh --production --host NAME       no demo users (a first admin whose password must be changed), no
#                                                 Development mode, Secure cookies, only Host NAME accepted at the
#                                                 gateway, which expects a TLS-terminating proxy in front of it
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
production=0
nodes=0
public_host=${BORDERPOST_PUBLIC_HOST:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --production) production=1 ;;
    --nodes) nodes=1 ;;
    --host) public_host=${2:?--host needs a name}; shift ;;
    --host=*) public_host=${1#--host=} ;;
    *) echo "Unknown option $1 (options: --production, --host NAME, --nodes)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$production" = 1 ] && [ "$nodes" = 1 ]; then
  echo "--nodes is the demo's: a production post node is deployed on the post's own machine (docker-compose --profile post)" >&2
  exit 2
fi
if [ "$production" = 1 ] && [ -z "$public_host" ]; then
  echo "--production needs the public host name the TLS proxy serves: --host NAME (or BORDERPOST_PUBLIC_HOST)" >&2
  exit 2
fi
source deploy/prereqs.sh
# The deployment's database and broker virtual host, and the prefix of its accounts: the demo's data and accounts
# never mix with a production installation's on the same machine.
# BORDERPOST_DEPLOYMENT names another demo deployment (./deploy/faults.sh runs on one of its own, new each run).
if [ "$production" = 1 ]; then deployment=borderpost_production; else deployment=${BORDERPOST_DEPLOYMENT:-borderpost}; fi
if ! [[ "$deployment" =~ ^[a-z][a-z0-9_]{0,39}$ ]]; then
  echo "BORDERPOST_DEPLOYMENT must be lower-case letters, digits and _ (at most 40), starting with a letter" >&2
  exit 2
fi

state="$root/.local"
mkdir -p "$state/logs"
# Demo secrets: from the environment, else generated once and kept in .local/ (never committed).
if [ -z "${BORDERPOST_DEMO_PASSWORD:-}" ]; then
  [ -s "$state/demo-password" ] || (umask 077; head -c 12 /dev/urandom | base64 | tr -d '/+=' > "$state/demo-password")
  BORDERPOST_DEMO_PASSWORD=$(cat "$state/demo-password")
fi
# Identity's token signing key (ES256): the private key is readable by this user only and given to Identity alone;
# every other service gets the public key. Generated once; delete .local/keys to rotate.
keys="$state/keys"
if [ ! -s "$keys/jwt-private.pem" ]; then
  (umask 077; mkdir -p "$keys"
   openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$keys/jwt-private.pem"
   openssl ec -in "$keys/jwt-private.pem" -pubout -out "$keys/jwt-public.pem" 2>/dev/null)
  chmod 644 "$keys/jwt-public.pem"
fi
rm -f "$state/jwt-key" # the shared symmetric key of earlier versions signs nothing any more

gateway_url=${BORDERPOST_GATEWAY_URL:-http://127.0.0.1:8080}
identity_url=${BORDERPOST_IDENTITY_URL:-http://127.0.0.1:8081}
crossings_url=${BORDERPOST_CROSSINGS_URL:-http://127.0.0.1:8082}
reporting_url=${BORDERPOST_REPORTING_URL:-http://127.0.0.1:8083}
documents_url=${BORDERPOST_DOCUMENTS_URL:-http://127.0.0.1:8084}
arrests_url=${BORDERPOST_ARRESTS_URL:-http://127.0.0.1:8085}
protection_url=${BORDERPOST_PROTECTION_URL:-http://127.0.0.1:8086}
web_url=${BORDERPOST_WEB_URL:-http://127.0.0.1:8087}

echo "Building (Release)…"
for service in Identity Crossings Reporting Documents Arrests Protection Web Gateway; do
  dotnet build "services/BorderPost.$service/BorderPost.$service.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
done

# Least privilege (deploy/service-access.tsv): each service connects as a PostgreSQL role of its own that owns its
# schema and nothing else, and as a RabbitMQ user of its own, without tags, limited to its own queues and exchanges on
# this deployment's virtual host. Their passwords are generated into .local/secrets/, readable by this user only.
declare -A pg_conn amqp_conn
grant_service() { # grant_service SERVICE CONFIGURE WRITE READ
  local service=$1 role="${deployment}_$1" password
  password=$(secret "$deployment-postgres-$service")
  PGOPTIONS="-c client_min_messages=warning" as_postgres psql -q -v ON_ERROR_STOP=1 -d "$deployment" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role; END IF;
END \$\$;
ALTER ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password';
CREATE SCHEMA IF NOT EXISTS $service AUTHORIZATION $role;
ALTER SCHEMA $service OWNER TO $role;
GRANT CONNECT ON DATABASE $deployment TO $role;
-- Earlier versions had one role own every schema: hand what is in this one to its service.
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = '$service' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
             AND c.relowner <> '$role'::regrole
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO %I',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
      '$service', r.relname, '$role');
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = '$service' AND p.proowner <> '$role'::regrole LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.signature, '$role');
  END LOOP;
END \$\$;
SQL
  # PostgreSQL is on this machine: TLS over the loopback protects nothing and cost a tenth of the CPU a crossing takes
  # (docs/capacity.md). A database on another machine gets a connection string of its own (docker-compose.yml).
  pg_conn[$service]="Host=127.0.0.1;Port=5432;Database=$deployment;Username=$role;Password=$password;SSL Mode=Disable"
  if [ "$2" != - ]; then
    local user="${deployment//_/-}-$service"
    password=$(secret "$deployment-rabbitmq-$service")
    rabbit_ctl add_user "$user" "$password" >/dev/null 2>&1 || rabbit_ctl change_password "$user" "$password" >/dev/null
    rabbit_ctl set_user_tags "$user" >/dev/null
    rabbit_ctl set_permissions -p "$deployment" "$user" "$2" "$3" "$4" >/dev/null
    amqp_conn[$service]="amqp://$user:$password@127.0.0.1:5672/$deployment"
  fi
}
# The deployment's database and virtual host, and its services' grants (all of deploy/service-access.tsv, or those named).
provision_node() { # provision_node [SERVICE...]
  if [ "$(as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$deployment'")" != 1 ]; then
    as_postgres createdb -O "$BP_DB_USER" "$deployment"
  fi
  as_postgres psql -q -v ON_ERROR_STOP=1 -d "$deployment" -c "REVOKE ALL ON DATABASE $deployment FROM PUBLIC" >/dev/null
  vhosts=$(rabbit_ctl list_vhosts)
  grep -qx "$deployment" <<<"$vhosts" || rabbit_ctl add_vhost "$deployment" >/dev/null
  # The provisioning user administers every deployment's virtual host, as prereqs.sh grants it the demo's.
  rabbit_ctl set_permissions -p "$deployment" "$BP_RABBIT_USER" ".*" ".*" ".*" >/dev/null
  # Queues are quorum queues since issue 20. A deployment started before keeps classic queues, which a service cannot
  # declare again as quorum: empty ones are removed (the services declare them again), and a non-empty one stops the
  # start so that no message is lost; drain it (start once with Messaging__QueueType=classic) and run up.sh again.
  # A post's federation queue (classic, declared by the link) holds what waits for headquarters: never touched.
  classic_queues=$(rabbit_ctl list_queues -p "$deployment" name type messages | awk -F'\t' '$2 == "classic" && $1 !~ /^federation: / {print $1, $3}')
  while read -r queue messages; do
    [ -n "$queue" ] || continue
    if [ "$messages" = 0 ]; then
      rabbit_ctl delete_queue -p "$deployment" "$queue" >/dev/null </dev/null  # (rabbitmqctl reads standard input)
    elif [ "${BORDERPOST_MESSAGING_QUEUETYPE:-quorum}" != classic ]; then
      echo "up.sh: classic queue $queue holds $messages messages; drain it first (BORDERPOST_MESSAGING_QUEUETYPE=classic ./deploy/up.sh)" >&2
      exit 1
    fi
  done <<<"$classic_queues"
  [ "${BORDERPOST_MESSAGING_QUEUETYPE:-quorum}" != classic ] || export Messaging__QueueType=classic
  # (read from fd 3: rabbitmqctl reads standard input)
  while IFS=$'\t' read -r -u 3 service configure write read; do
    [[ -z "$service" || "$service" == \#* ]] || { [ $# -gt 0 ] && [[ " $* " != *" $service "* ]]; } \
      || grant_service "$service" "$configure" "$write" "$read"
  done 3< deploy/service-access.tsv
}
provision_node
hq_deployment=$deployment

if [ "$production" = 1 ]; then
  export ASPNETCORE_ENVIRONMENT=Production
  unset DemoUsers__Password
  # The first administrator (only while no administrator exists), whose password must be changed at the first sign-in.
  first_admin_password=$(secret first-admin-password)
  # Services answer only the names they are reached by: the gateway its public name (and loopback, where the console
  # and the TLS proxy reach it); the others loopback, where the gateway reaches them.
  gateway_hosts="$public_host;127.0.0.1;localhost"
  export AllowedHosts="127.0.0.1;localhost"
  export Web__SecureCookies=true
  # The TLS proxy's address when it is not on this machine (X-Forwarded-For and -Proto believed from it only).
  [ -z "${BORDERPOST_KNOWN_PROXIES:-}" ] || export Proxy__KnownProxies="$BORDERPOST_KNOWN_PROXIES"
else
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
  export DemoUsers__Password="$BORDERPOST_DEMO_PASSWORD"
  gateway_hosts=${AllowedHosts:-*}
fi
export Jwt__PublicKeyFiles="$keys/jwt-public.pem"
export ReverseProxy__Clusters__identity__Destinations__main__Address="$identity_url"
export ReverseProxy__Clusters__crossings__Destinations__main__Address="$crossings_url"
export ReverseProxy__Clusters__reporting__Destinations__main__Address="$reporting_url"
export ReverseProxy__Clusters__documents__Destinations__main__Address="$documents_url"
export ReverseProxy__Clusters__arrests__Destinations__main__Address="$arrests_url"
export ReverseProxy__Clusters__protection__Destinations__main__Address="$protection_url"
export ReverseProxy__Clusters__web__Destinations__main__Address="$web_url"
export Web__ApiUrl="$gateway_url"
# Reporting asks each service for its own counts to reconcile its totals (GET /api/reports/reconciliation).
export Reconciliation__Sources__crossings="$crossings_url"
export Reconciliation__Sources__arrests="$arrests_url"
export Reconciliation__Sources__documents="$documents_url"
export Reconciliation__Sources__protection="$protection_url"
# Images sent by reference with the CheckDocument command are read from here (and only from here).
mkdir -p "$state/document-inbox"
export Documents__ImageInbox="$state/document-inbox"

pids=() post_links=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Stopping services…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null && echo "service $pid did not stop in 30 s; killed"; done
  wait 2>/dev/null || true
  for post in "${post_links[@]}"; do "$root/deploy/post-link.sh" cut "$post"; done
  echo "Stopped. PostgreSQL and RabbitMQ are still running."
}
trap stop INT TERM EXIT

node_log="" # a post node's services log to logs/post-<post>-<Service>.log
start() {
  local service=$1 url=$2 dir="$root/services/BorderPost.$1/bin/Release/net10.0" name=${1,,} credentials=()
  shift 2
  [ -z "${pg_conn[$name]:-}" ] || credentials+=("ConnectionStrings__Postgres=${pg_conn[$name]}")
  [ -z "${amqp_conn[$name]:-}" ] || credentials+=("ConnectionStrings__RabbitMq=${amqp_conn[$name]}")
  # setsid: each service in a session of its own, so Linux gives each its own share of the CPU (an autogroup), as each
  # container has its own cgroup under compose. In one session, the threads of a burst's services outnumbered an
  # arrest's and it waited for a core: the CPU bulkhead between features (docs/capacity.md). No fork here: the
  # background subshell is not a group leader, so $! stays the service's pid.
  (cd "$dir" && exec setsid env "${credentials[@]}" "$@" dotnet "BorderPost.$service.dll" --urls "$url") > "$state/logs/$node_log$service.log" 2>&1 &
  pids+=($!)
}
start Identity "$identity_url" Jwt__PrivateKeyFile="$keys/jwt-private.pem" FirstAdmin__Password="${first_admin_password:-}"
# A burst of crossings yields the cores to the arrests and referrals written beside it (CpuPriority, docs/capacity.md).
start Crossings "$crossings_url" Cpu__Nice="${BORDERPOST_CROSSINGS_NICE:-5}"
start Reporting "$reporting_url"
start Documents "$documents_url"
start Arrests "$arrests_url"
start Protection "$protection_url"
start Web "$web_url"
start Gateway "$gateway_url" AllowedHosts="$gateway_hosts"

wait_ready() { # wait_ready GATEWAY_URL
  echo "Waiting for $1 to report every service ready…"
  local ready=0
  for _ in $(seq 1 120); do
    if curl -fsS "$1/health/ready" >/dev/null 2>&1; then ready=1; break; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "A service exited; see $state/logs/"; tail -n 20 "$state"/logs/*.log; exit 1; }
    done
    sleep 1
  done
  [ "$ready" = 1 ] || { echo "Not ready after 120 s; see $state/logs/"; exit 1; }
}
wait_ready "$gateway_url"

# Post nodes (--nodes): each post's services on a database and virtual host of its own, with an Identity that signs
# in through headquarters' gateway and alone while it cannot be reached, and a key pair of its own (its services
# trust it beside headquarters'; headquarters does not). deploy/link-post.sh federates its events up.
start_post_node() { # start_post_node POST PORT_BASE
  local post=$1 base=$2 tag=${1,,}
  local node="${hq_deployment}_post_$tag" node_keys="$keys/post-$tag"
  local post_gateway="http://127.0.0.1:$base" post_identity="http://127.0.0.1:$((base + 1))"
  local post_crossings="http://127.0.0.1:$((base + 2))" post_documents="http://127.0.0.1:$((base + 4))"
  local post_arrests="http://127.0.0.1:$((base + 5))" post_protection="http://127.0.0.1:$((base + 6))"
  local post_web="http://127.0.0.1:$((base + 7))"
  if [ ! -s "$node_keys/jwt-private.pem" ]; then
    (umask 077; mkdir -p "$node_keys"
     openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$node_keys/jwt-private.pem"
     openssl ec -in "$node_keys/jwt-private.pem" -pubout -out "$node_keys/jwt-public.pem" 2>/dev/null)
    chmod 644 "$node_keys/jwt-public.pem"
  fi
  deployment=$node
  provision_node identity crossings documents arrests protection
  deployment=$hq_deployment
  # The post's Crossings shows the link as the post's broker sees it (GET /api/crossings/link), through the management
  # API as a user that may look and not touch a message.
  local looker="${node//_/-}-linkstatus" looker_password
  looker_password=$(secret "$node-rabbitmq-linkstatus")
  rabbit_ctl add_user "$looker" "$looker_password" >/dev/null 2>&1 || rabbit_ctl change_password "$looker" "$looker_password" >/dev/null
  rabbit_ctl set_user_tags "$looker" management >/dev/null
  rabbit_ctl set_permissions -p "$node" "$looker" "" "" "" >/dev/null
  # The link (deploy/post-link.sh cuts it): headquarters' broker reaches the post's through one relay, the post's
  # Identity reaches headquarters' gateway through another.
  "$root/deploy/post-link.sh" up "$post"
  post_links+=("$post")
  BORDERPOST_RABBIT_USER="$BP_RABBIT_USER" BORDERPOST_RABBIT_PASSWORD="$BP_RABBIT_PASSWORD" \
    "$root/deploy/link-post.sh" --post-vhost "$node" --hq-vhost "$hq_deployment" --post-amqp "127.0.0.1:$((base + 9))" --hq-amqp "127.0.0.1:$((base + 9))" >/dev/null
  mkdir -p "$state/document-inbox-$tag"
  local trust="Jwt__PublicKeyFiles=$keys/jwt-public.pem,$node_keys/jwt-public.pem"
  node_log="post-$tag-"
  start Identity "$post_identity" "$trust" Node__Name="$post" Jwt__PrivateKeyFile="$node_keys/jwt-private.pem" \
    SignInAtPost__HeadquartersUrl="http://127.0.0.1:$((base + 8))"
  start Crossings "$post_crossings" "$trust" Cpu__Nice="${BORDERPOST_CROSSINGS_NICE:-5}" Node__Name="$post" LinkStatus__Username="$looker" LinkStatus__Password="$looker_password"
  start Documents "$post_documents" "$trust" Node__Name="$post" Documents__ImageInbox="$state/document-inbox-$tag"
  start Arrests "$post_arrests" "$trust" Node__Name="$post"
  # Minors' travel checks, on the post's copy of IBESR's authorisations, and officers' referrals, sent up; the rest of
  # Protection is headquarters'.
  start Protection "$post_protection" "$trust" Node__Name="$post"
  start Web "$post_web" "$trust" Web__ApiUrl="$post_gateway"
  start Gateway "$post_gateway" "$trust" AllowedHosts="$gateway_hosts" Gateway__RemoteClusters=protection,reporting,headquarters \
    ReverseProxy__Clusters__identity__Destinations__main__Address="$post_identity" \
    ReverseProxy__Clusters__crossings__Destinations__main__Address="$post_crossings" \
    ReverseProxy__Clusters__documents__Destinations__main__Address="$post_documents" \
    ReverseProxy__Clusters__arrests__Destinations__main__Address="$post_arrests" \
    ReverseProxy__Clusters__web__Destinations__main__Address="$post_web" \
    ReverseProxy__Clusters__protection__Destinations__main__Address="$gateway_url" \
    ReverseProxy__Clusters__protection-at-post__Destinations__main__Address="$post_protection" \
    ReverseProxy__Routes__minor-checks__ClusterId=protection-at-post \
    ReverseProxy__Routes__refer__ClusterId=protection-at-post \
    ReverseProxy__Clusters__reporting__Destinations__main__Address="$gateway_url" \
    ReverseProxy__Clusters__headquarters__Destinations__main__Address="$gateway_url" \
    ReverseProxy__Routes__users__ClusterId=headquarters \
    ReverseProxy__Routes__password-at-hq__ClusterId=headquarters \
    ReverseProxy__Routes__password-at-hq__AuthorizationPolicy=Anonymous \
    ReverseProxy__Routes__password-at-hq__Match__Path=/api/auth/password
  node_log=""
  wait_ready "$post_gateway"
  post_nodes+=("$post $post_gateway (database and virtual host $node; logs $state/logs/post-$tag-*.log;
                       cut its link: ./deploy/post-link.sh cut $post, restore it: ./deploy/post-link.sh up $post)")
}
post_nodes=()
if [ "$nodes" = 1 ]; then
  start_post_node OUA 8180
  start_post_node MAL 8280
fi

cat <<INFO

BorderPost is running.
  Gateway (use this):  $gateway_url        health: $gateway_url/health/ready
  Web console:         $gateway_url/       (served by $web_url)
  Identity:            $identity_url
  Crossings:           $crossings_url
  Reporting:           $reporting_url
  Documents:           $documents_url   (images by reference: $state/document-inbox)
  Arrests:             $arrests_url
  Protection:          $protection_url   (referrals; minors acknowledged within 2 h, victims 24 h)
  RabbitMQ management: http://127.0.0.1:15672  ($BP_RABBIT_USER / password in $BP_SECRETS/rabbitmq-provisioning)
  Logs:                $state/logs/
INFO
for node in "${post_nodes[@]}"; do echo "  Post node:           $node"; done
if [ "$production" = 1 ]; then
  cat <<INFO

Production mode: no demo users. Put a TLS-terminating proxy for https://$public_host/ in front of $gateway_url
(it must pass Host and set X-Forwarded-For and X-Forwarded-Proto). Cookies are Secure: sign in over HTTPS only.
First administrator (while no other exists): admin, password in $BP_SECRETS/first-admin-password; it must be
changed at the first sign-in.

Press Ctrl-C to stop.
INFO
  wait
  exit 0
fi
cat <<INFO

Demo users (password: $BORDERPOST_DEMO_PASSWORD)
  officer.oua       officer, post OUA (Ouanaminthe)
  supervisor.oua    supervisor, post OUA
  protection.ibesr  protection officer, agency IBESR-NE (IBESR's Nord-Est office: Ouanaminthe's children)
  protection.cnltp  protection officer, agency CNLTP (victim services)
  hq.analyst        headquarters (totals only)
  admin             administrator

Try:
  curl -s -X POST $gateway_url/api/auth/token -H 'content-type: application/json' \\
       -d '{"username":"officer.oua","password":"$BORDERPOST_DEMO_PASSWORD"}'

Press Ctrl-C to stop.
INFO
wait
