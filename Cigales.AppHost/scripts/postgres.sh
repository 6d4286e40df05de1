#!/usr/bin/env bash
# Runs a local PostgreSQL server in the foreground, for the AppHost (no container engine) and for
# test fixtures alike:
#
#   bash postgres.sh <data-dir> [port]        (port defaults to $PORT)
#
# - The first run creates the cluster with initdb (user "postgres", trust authentication: the
#   server listens on 127.0.0.1 only and has no unix socket, so only this machine can reach it).
# - Ready when a TCP connection to 127.0.0.1:<port> is accepted (and the log says "database system
#   is ready to accept connections").
# - SIGTERM or SIGINT stops it with a *fast* shutdown (postgres takes SIGTERM as "smart", which waits
#   for every client to leave), so that the next start needs no crash recovery.
# - Run as root, the server runs as the "postgres" OS user (postgres refuses to run as root).
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 ]] || die "usage: postgres.sh <data-dir> [port]  (port defaults to \$PORT)"
data_dir=$1
port=${2:-${PORT:-}}
[[ $port =~ ^[0-9]+$ ]] || die "no valid port given (argument 2 or \$PORT): '${port}'"
data_dir=$(realpath -m -- "$data_dir")

# Prefer the binaries of the installed server over whatever wrapper is first on the PATH.
bin_dir=${PG_BIN_DIR:-}
if [[ -z $bin_dir ]] && command -v pg_config >/dev/null; then bin_dir=$(pg_config --bindir); fi
if [[ -z $bin_dir || ! -x $bin_dir/postgres ]]; then
  bin_dir=$(dirname "$(command -v postgres || true)")
fi
[[ -x $bin_dir/postgres && -x $bin_dir/initdb ]] \
  || die "PostgreSQL server binaries not found (install postgresql, or set PG_BIN_DIR)"

# postgres refuses to run as root: run it as the postgres OS user. setpriv execs in place, so the
# pid we start is the postmaster itself, and signals reach it directly.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' OS user"
  as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

# The postgres user must be able to reach the folder. A parent made by `mktemp -d` (mode 700) is
# opened for traversal only (o+x: no listing); folders further up are left to the caller.
parent=$(dirname "$data_dir")
mkdir -p "$parent"
if [[ ${#as_owner[@]} -gt 0 ]] && ! "${as_owner[@]}" test -x "$parent"; then
  chmod o+x "$parent"
  "${as_owner[@]}" test -x "$parent" \
    || die "the postgres user cannot reach $parent: make its parent folders searchable (chmod o+x)" \
           "or choose another data folder (Cigales:DataDirectory)"
fi

# A server still running on this folder. One left behind (its wrapper killed, or orphaned when the
# AppHost and DCP were killed) is stopped now. One that a live wrapper runs is given 15 s to stop
# (a quick restart while the previous AppHost is still stopping), then refused.
if [[ -f $data_dir/postmaster.pid ]]; then
  old_pid=$(head -n1 "$data_dir/postmaster.pid" || true)
  if [[ $old_pid =~ ^[0-9]+$ ]] && kill -0 "$old_pid" 2>/dev/null \
     && tr '\0' ' ' < "/proc/$old_pid/cmdline" 2>/dev/null | grep -qF -- "-D $data_dir "; then
    wrapper=$(ps -o ppid= -p "$old_pid" | tr -d ' ')
    if grep -q "postgres.sh" "/proc/$wrapper/cmdline" 2>/dev/null \
       && [[ $(ps -o ppid= -p "$wrapper" | tr -d ' ') != 1 ]]; then
      echo "postgres.sh: waiting for the server of another postgres.sh (pid $wrapper) to stop"
      for _ in $(seq 1 150); do kill -0 "$old_pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$old_pid" 2>/dev/null && die "another postgres.sh (pid $wrapper) runs a server on $data_dir"
    else
      echo "postgres.sh: stopping orphaned server (pid $old_pid) left on $data_dir"
      kill -INT "$old_pid"
      for _ in $(seq 1 300); do kill -0 "$old_pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$old_pid" 2>/dev/null && die "orphaned server (pid $old_pid) did not stop"
    fi
  fi
fi

# initdb into a temporary folder and rename it when complete, so that an interrupted first run
# never leaves a half-made cluster that later starts would trip over.
if [[ ! -f $data_dir/PG_VERSION ]]; then
  [[ ! -e $data_dir ]] || [[ -z $(ls -A "$data_dir") ]] \
    || die "$data_dir exists, is not empty and holds no PostgreSQL cluster"
  staging="$data_dir.initdb"
  rm -rf "$staging" && mkdir -p "$staging"
  [[ ${#as_owner[@]} -eq 0 ]] || chown postgres:postgres "$staging"
  echo "postgres.sh: creating a new cluster in $data_dir"
  "${as_owner[@]}" "$bin_dir/initdb" -D "$staging" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  rmdir "$data_dir" 2>/dev/null || true
  mv "$staging" "$data_dir"
fi
[[ ${#as_owner[@]} -eq 0 ]] || chown -R postgres:postgres "$data_dir"

# setsid: a Ctrl+C in a terminal signals the whole process group; the server must hear only this
# wrapper, which turns every stop request into one fast shutdown. The server's log goes to stdout:
# it is an ordinary log, which Aspire would show as errors if it came on stderr.
setsid "${as_owner[@]}" "$bin_dir/postgres" -D "$data_dir" \
  -c listen_addresses=127.0.0.1 -p "$port" -k '' \
  -c max_connections=200 2>&1 &
server=$!

stop() { kill -INT "$server" 2>/dev/null || true; }
trap stop TERM INT HUP

# wait returns early when a trapped signal arrives: keep waiting until the server has exited, then
# collect its own exit status.
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
status=0
wait "$server" || status=$?
echo "postgres.sh: server stopped (exit $status)"
exit "$status"
