#!/usr/bin/env bash
# Runs smtp4dev — an SMTP server that keeps every mail it receives and shows them in a web inbox —
# in the foreground, for the AppHost and for test fixtures alike:
#
#   bash smtp4dev.sh <data-dir> [smtp-port]       (smtp port defaults to $PORT; web port: $SMTP4DEV_WEB_PORT)
#
# - SMTP on 127.0.0.1:<smtp-port>, no TLS, no authentication; the web inbox and its API
#   (GET /api/messages, /api/messages/{id}/source) on http://127.0.0.1:$SMTP4DEV_WEB_PORT.
# - Mails are kept in memory, for the run; IMAP and POP3 are off; <data-dir> is created, for
#   the scripts' common usage, and left empty.
# - smtp4dev is a .NET tool of the repository's manifest (dotnet-tools.json): restored here if missing.
# - Ready when GET /api/messages on the web port answers. Stops on SIGTERM or SIGINT.
set -euo pipefail

die() { echo "smtp4dev.sh: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 ]] || die "usage: smtp4dev.sh <data-dir> [smtp-port]  (smtp port defaults to \$PORT; web port: \$SMTP4DEV_WEB_PORT)"
data_dir=$(realpath -m -- "$1")
smtp_port=${2:-${PORT:-}}
web_port=${SMTP4DEV_WEB_PORT:-}
[[ $smtp_port =~ ^[0-9]+$ ]] || die "no valid SMTP port given (argument 2 or \$PORT): '${smtp_port}'"
[[ $web_port =~ ^[0-9]+$ ]] || die "no valid web port given (\$SMTP4DEV_WEB_PORT): '${web_port}'"
mkdir -p "$data_dir"

repository=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repository"
if ! dotnet tool run smtp4dev -- --help >/dev/null 2>&1; then
  echo "smtp4dev.sh: installing smtp4dev (dotnet tool restore)"
  dotnet tool restore >/dev/null || die "dotnet tool restore failed"
fi

# From the repository, where the tool manifest is.
exec dotnet tool run smtp4dev -- --nousersettings --urls="http://127.0.0.1:$web_port" --smtpport="$smtp_port" \
  --hostname=localhost --db= --imapport= --pop3port= --tlsmode=None
