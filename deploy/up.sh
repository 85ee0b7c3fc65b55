#!/usr/bin/env bash
# Sets up and runs BorderPost on this machine: PostgreSQL and RabbitMQ (installed and started if needed),
# a build of every service, the services themselves behind the gateway, reference data and demo users.
# Ctrl-C stops the services; PostgreSQL and RabbitMQ keep running. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source deploy/prereqs.sh

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

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=5432;Database=borderpost;Username=$BP_DB_USER;Password=$BP_DB_PASSWORD"
export ConnectionStrings__RabbitMq="amqp://$BP_RABBIT_USER:$BP_RABBIT_PASSWORD@127.0.0.1:5672/borderpost"
export Jwt__PublicKeyFiles="$keys/jwt-public.pem"
export DemoUsers__Password="$BORDERPOST_DEMO_PASSWORD"
export ReverseProxy__Clusters__identity__Destinations__main__Address="$identity_url"
export ReverseProxy__Clusters__crossings__Destinations__main__Address="$crossings_url"
export ReverseProxy__Clusters__reporting__Destinations__main__Address="$reporting_url"
export ReverseProxy__Clusters__documents__Destinations__main__Address="$documents_url"
export ReverseProxy__Clusters__arrests__Destinations__main__Address="$arrests_url"
export ReverseProxy__Clusters__protection__Destinations__main__Address="$protection_url"
export ReverseProxy__Clusters__web__Destinations__main__Address="$web_url"
export Web__ApiUrl="$gateway_url"
# Images sent by reference with the CheckDocument command are read from here (and only from here).
mkdir -p "$state/document-inbox"
export Documents__ImageInbox="$state/document-inbox"

pids=()
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
  echo "Stopped. PostgreSQL and RabbitMQ are still running."
}
trap stop INT TERM EXIT

start() {
  local service=$1 url=$2 dir="$root/services/BorderPost.$1/bin/Release/net10.0"
  shift 2
  (cd "$dir" && exec env "$@" dotnet "BorderPost.$service.dll" --urls "$url") > "$state/logs/$service.log" 2>&1 &
  pids+=($!)
}
start Identity "$identity_url" Jwt__PrivateKeyFile="$keys/jwt-private.pem"
start Crossings "$crossings_url"
start Reporting "$reporting_url"
start Documents "$documents_url"
start Arrests "$arrests_url"
start Protection "$protection_url"
start Web "$web_url"
start Gateway "$gateway_url"

echo "Waiting for the gateway to report every service ready…"
for _ in $(seq 1 120); do
  if curl -fsS "$gateway_url/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "A service exited; see $state/logs/"; tail -n 20 "$state"/logs/*.log; exit 1; }
  done
  sleep 1
done
[ "${ready:-0}" = 1 ] || { echo "Not ready after 120 s; see $state/logs/"; exit 1; }

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
  RabbitMQ management: http://127.0.0.1:15672  ($BP_RABBIT_USER / $BP_RABBIT_PASSWORD)
  Logs:                $state/logs/

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
