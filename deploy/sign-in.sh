# Sourced by the operator commands (reconcile.sh, rebuild-reporting.sh): signs $user in through the gateway at $url and
# sets $token, or exits 2. The password comes from BORDERPOST_PASSWORD, else (demo stack) .local/demo-password under
# $root, else it is asked for.
password=${BORDERPOST_PASSWORD:-}
if [ -z "$password" ] && [ -s "$root/.local/demo-password" ]; then password=$(cat "$root/.local/demo-password"); fi
if [ -z "$password" ]; then read -rsp "Password for $user: " password; echo; fi

body=$(printf '{"username":"%s","password":"%s"}' "$user" "$password")
token=$(curl -sS -X POST "$url/api/auth/token" -H 'content-type: application/json' -d "$body" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "sign-in as $user failed" >&2; exit 2; }
