#!/usr/bin/env bash
# A person's access token, for curl: signs in through the gateway as a browser does (OpenID
# Connect authorization code with PKCE, the French sign-in page and its antiforgery token), then
# exchanges the code for tokens. Prints the access token (5 minutes); with --json, the token
# endpoint's whole answer (refresh token included).
#
#   scripts/token.sh <e-mail> [password]             e.g. scripts/token.sh tresoriere@chti-karite.example
#   auth="authorization: Bearer $(scripts/token.sh tresoriere@chti-karite.example)"
#
# The password defaults to the local accounts' (cigales-dev-accounts, or $CIGALES_PASSWORD); the
# gateway to http://localhost:8080 ($CIGALES_URL); the scopes asked for to every scope of the API
# ($CIGALES_SCOPE) — a token carries those the person's memberships allow.
set -euo pipefail

die() { echo "token.sh: $*" >&2; exit 1; }

json=false
if [[ ${1:-} == --json ]]; then json=true; shift; fi
email=${1:-}
[[ -n $email ]] || die "usage: scripts/token.sh [--json] <e-mail> [password]"
password=${2:-${CIGALES_PASSWORD:-cigales-dev-accounts}}
base=${CIGALES_URL:-http://localhost:8080}
scope=${CIGALES_SCOPE:-openid offline_access clubs.read clubs.write grants.read grants.write events.read events.write finance.read finance.write}
client=cigales-cli
redirect=http://127.0.0.1:8765/callback

jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT
browser() { curl -sS -c "$jar" -b "$jar" "$@"; }
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

verifier=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')

# 1. Ask for a code: not signed in, the identity service sends us to its sign-in page.
signin=$(browser -o /dev/null -w '%{redirect_url}' \
  "$base/connect/authorize?client_id=$client&response_type=code&redirect_uri=$(encode "$redirect")&scope=$(encode "$scope")&state=cli&code_challenge=$challenge&code_challenge_method=S256")
[[ -n $signin ]] || die "no sign-in page from $base/connect/authorize (is ./run.sh up?)"

# 2. The page, for its antiforgery token; then the form.
antiforgery=$(browser "$signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
[[ -n $antiforgery ]] || die "the sign-in page at $signin has no form"
back=$(browser -o "$page" -w '%{redirect_url}' --data-urlencode "Email=$email" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$antiforgery" "$signin")
if [[ -z $back ]]; then
  refusal=$(grep -o 'role="alert">[^<]*' "$page" | sed 's/role="alert">//' || true)
  die "sign-in refused: ${refusal:-$(head -c 200 "$page")}"
fi

# 3. Back to the authorization endpoint, signed in: it redirects to the client with the code.
answer=$(browser -o /dev/null -w '%{redirect_url}' "$back")
code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$answer")
[[ -n $code ]] || die "no code in $answer"

# 4. The code and the PKCE verifier for the tokens.
tokens=$(curl -sS -X POST "$base/connect/token" -d grant_type=authorization_code -d "code=$code" \
  --data-urlencode "redirect_uri=$redirect" -d client_id=$client -d "code_verifier=$verifier")
if $json; then
  echo "$tokens"
else
  token=$(grep -o '"access_token": *"[^"]*"' <<<"$tokens" | cut -d'"' -f4)
  [[ -n $token ]] || die "the token endpoint answered: $tokens"
  echo "$token"
fi
