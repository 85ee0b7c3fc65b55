#!/usr/bin/env bash
# Installs and starts what BorderPost needs on a Debian 12 machine, without systemd or Docker:
# PostgreSQL 15 and RabbitMQ on loopback, Tesseract with eng/fra data, GTK for OpenCV and its face cascades, OCR-B and DejaVu fonts
# (the synthetic document generator draws with them), Chromium for the browser tests of the web console, and Debian's
# docker-compose, which checks docker-compose.yml without a Docker engine.
# Safe to run again: every step checks before it acts. Sourced by up.sh and test.sh.
set -euo pipefail

# The provisioning accounts: they create each service's own role, schema and RabbitMQ user (up.sh) and each test
# run's own (test.sh). No service runs with them. Their passwords are generated once into .local/secrets/ (readable
# by this user only) unless given in the environment, and set again on every run.
BP_SECRETS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.local/secrets"
secret() { # secret NAME: a generated password kept in $BP_SECRETS/NAME
  [ -s "$BP_SECRETS/$1" ] || (umask 077; mkdir -p "$BP_SECRETS"; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$BP_SECRETS/$1")
  cat "$BP_SECRETS/$1"
}
BP_DB_USER=${BORDERPOST_DB_USER:-borderpost}
BP_DB_PASSWORD=${BORDERPOST_DB_PASSWORD:-$(secret postgres-provisioning)}
BP_RABBIT_USER=${BORDERPOST_RABBIT_USER:-borderpost}
BP_RABBIT_PASSWORD=${BORDERPOST_RABBIT_PASSWORD:-$(secret rabbitmq-provisioning)}
export BP_DB_USER BP_DB_PASSWORD BP_RABBIT_USER BP_RABBIT_PASSWORD BP_SECRETS

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
log() { printf '[prereqs] %s\n' "$*" >&2; }

install_packages() {
  local wanted=(postgresql rabbitmq-server tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra libgtk-3-0 opencv-data fonts-ocr-b fonts-dejavu-core curl chromium docker-compose socat)
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get update -qq
    # policy-rc.d keeps the packages from starting their servers on install: this script starts them itself,
    # after writing their loopback-only configuration.
    local added_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
      $SUDO chmod +x /usr/sbin/policy-rc.d
      added_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null || { [ "$added_policy" = 0 ] || $SUDO rm -f /usr/sbin/policy-rc.d; return 1; }
    [ "$added_policy" = 0 ] || $SUDO rm -f /usr/sbin/policy-rc.d
  fi
}

start_postgres() {
  local version
  version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  if [ -z "$version" ]; then
    version=15
    $SUDO pg_createcluster "$version" main >/dev/null
  fi
  local status
  status=$(pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $4}')
  if [ "$status" != online ]; then
    log "starting PostgreSQL $version"
    $SUDO pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  # Three nodes share this one server here (up.sh --nodes, faults.sh, the post-node tests): about 20 services at 10
  # connections each (MartenDefaults.MaxPoolSize). At PostgreSQL's default of 100, a burst of crossings took every
  # slot and an arrest waited seconds for one (docs/capacity.md).
  if [ "$(as_postgres psql -tAc 'SHOW max_connections')" -lt 300 ]; then
    log "raising PostgreSQL's max_connections to 300 (restarts it once)"
    as_postgres psql -q -c "ALTER SYSTEM SET max_connections = 300"
    $SUDO pg_ctlcluster "$version" main restart
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  fi
  as_postgres psql -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$BP_DB_USER') THEN
    CREATE ROLE $BP_DB_USER LOGIN;
  END IF;
END \$\$;
-- CREATEROLE: it creates each service's role (and each test run's); it is no superuser and reads no service's schema
-- unless it made itself a member of that service's role.
ALTER ROLE $BP_DB_USER LOGIN CREATEROLE PASSWORD '$BP_DB_PASSWORD';
SQL
  for db in borderpost borderpost_test; do
    if [ "$(as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname='$db'")" != 1 ]; then
      as_postgres createdb -O "$BP_DB_USER" "$db"
    fi
  done
}

rabbit_ctl() { $SUDO rabbitmqctl -q "$@"; }

start_rabbitmq() {
  local config_changed=0
  if [ ! -f /etc/rabbitmq/rabbitmq.conf ] || ! grep -q "borderpost deploy/prereqs.sh v2" /etc/rabbitmq/rabbitmq.conf; then
    $SUDO tee /etc/rabbitmq/rabbitmq.conf >/dev/null <<'CONF'
# written by borderpost deploy/prereqs.sh v2: AMQP, management UI and Erlang distribution on loopback only
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
distribution.listener.interface = 127.0.0.1
loopback_users.guest = true
CONF
    grep -q '^ERL_EPMD_ADDRESS=127.0.0.1' /etc/rabbitmq/rabbitmq-env.conf 2>/dev/null \
      || echo 'ERL_EPMD_ADDRESS=127.0.0.1' | $SUDO tee -a /etc/rabbitmq/rabbitmq-env.conf >/dev/null
    config_changed=1
  fi
  local plugins=(rabbitmq_management rabbitmq_shovel rabbitmq_federation)
  if [ "$config_changed" = 1 ] && $SUDO rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    log "restarting RabbitMQ with its new configuration"
    rabbit_ctl stop >/dev/null
  fi
  if $SUDO rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    $SUDO rabbitmq-plugins enable "${plugins[@]}" >/dev/null  # already running (started elsewhere): enable online
  else
    $SUDO rabbitmq-plugins enable --offline "${plugins[@]}" >/dev/null
    log "starting RabbitMQ"
    $SUDO rabbitmq-server -detached
  fi
  for _ in $(seq 1 120); do $SUDO rabbitmq-diagnostics -q ping >/dev/null 2>&1 && break; sleep 1; done
  rabbit_ctl await_startup --timeout 120 >/dev/null
  # Listings are captured before grep: grep -q may exit early, which pipefail would report as a failure.
  local users vhosts
  users=$(rabbit_ctl list_users | awk '{print $1}')
  if ! grep -qx "$BP_RABBIT_USER" <<<"$users"; then
    rabbit_ctl add_user "$BP_RABBIT_USER" "$BP_RABBIT_PASSWORD" >/dev/null
  else
    rabbit_ctl change_password "$BP_RABBIT_USER" "$BP_RABBIT_PASSWORD" >/dev/null
  fi
  # guest/guest is an administrator every RabbitMQ installation knows: gone.
  if grep -qx guest <<<"$users"; then rabbit_ctl delete_user guest >/dev/null; fi
  # administrator: it creates each service's user (up.sh) and each test run's vhost and users, through the
  # management API. No service connects with it.
  rabbit_ctl set_user_tags "$BP_RABBIT_USER" administrator >/dev/null
  vhosts=$(rabbit_ctl list_vhosts)
  grep -qx borderpost <<<"$vhosts" || rabbit_ctl add_vhost borderpost >/dev/null
  rabbit_ctl set_permissions -p borderpost "$BP_RABBIT_USER" ".*" ".*" ".*" >/dev/null
  for _ in $(seq 1 60); do
    curl -fsS -u "$BP_RABBIT_USER:$BP_RABBIT_PASSWORD" http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "RabbitMQ management API did not answer on 127.0.0.1:15672"; return 1
}

# Before issue 20 the repository packed a code-less stand-in under the same id and version as the real
# Patched.DistributedLock.Postgres 1.3.3 (decision 0001). A machine that restored it keeps it in the NuGet cache,
# which would shadow the real package: drop it (the real one has a lib/ folder).
drop_stale_lock_package() {
  local cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}/patched.distributedlock.postgres/1.3.3"
  if [ -d "$cache" ] && [ ! -d "$cache/lib" ]; then
    log "removing the old stand-in for Patched.DistributedLock.Postgres from the NuGet cache"
    rm -rf "$cache"
  fi
}

drop_stale_lock_package
install_packages
start_postgres
start_rabbitmq
log "PostgreSQL and RabbitMQ are up on 127.0.0.1"
