#!/usr/bin/env bash
# Runs a local Redis server in the foreground, for the AppHost (no container engine) and for test
# fixtures alike:
#
#   bash redis.sh <data-dir> [port]           (port defaults to $PORT)
#
# - Listens on 127.0.0.1 only, no password; keeps its data (append-only file) in <data-dir>.
# - Ready when `PING` on 127.0.0.1:<port> answers `+PONG`.
# - On SIGTERM or SIGINT it keeps serving until its last client has disconnected, at most
#   $REDIS_STOP_GRACE seconds (default 5), then stops and saves its data. The AppHost stops every
#   resource at once, and Orleans silos need Redis a few seconds more to record that they left the
#   cluster (a silo that cannot is killed later, and the whole stop takes longer). Not longer than
#   5 s: Aspire's orchestrator (DCP) kills a process still running 6 s after its SIGTERM, and this
#   wrapper killed leaves redis-server to be stopped 6 s later again. With no client connected it
#   stops at once; REDIS_STOP_GRACE=0 never waits.
set -euo pipefail

die() { echo "redis.sh: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 ]] || die "usage: redis.sh <data-dir> [port]  (port defaults to \$PORT)"
data_dir=$1
port=${2:-${PORT:-}}
grace=${REDIS_STOP_GRACE:-5}
[[ $port =~ ^[0-9]+$ ]] || die "no valid port given (argument 2 or \$PORT): '${port}'"
[[ $grace =~ ^[0-9]+$ ]] || die "REDIS_STOP_GRACE is not a whole number of seconds: '$grace'"
data_dir=$(realpath -m -- "$data_dir")
command -v redis-server >/dev/null || die "redis-server not found (apt-get install -y redis-server)"
command -v redis-cli >/dev/null || die "redis-cli not found (apt-get install -y redis-tools)"
mkdir -p "$data_dir"

# A server still running on this folder. One left behind (its wrapper killed, or orphaned when the
# AppHost and DCP were killed) is stopped now. One that a live wrapper runs is given 15 s to stop
# (a quick restart while the previous AppHost is still stopping), then refused.
pid_file="$data_dir/redis.pid"
if [[ -f $pid_file ]]; then
  old_pid=$(cat "$pid_file" || true)
  if [[ $old_pid =~ ^[0-9]+$ ]] && kill -0 "$old_pid" 2>/dev/null \
     && [[ $(cat "/proc/$old_pid/comm" 2>/dev/null) == redis-server ]]; then
    wrapper=$(ps -o ppid= -p "$old_pid" | tr -d ' ')
    if grep -q "redis.sh" "/proc/$wrapper/cmdline" 2>/dev/null \
       && [[ $(ps -o ppid= -p "$wrapper" | tr -d ' ') != 1 ]]; then
      echo "redis.sh: waiting for the server of another redis.sh (pid $wrapper) to stop"
      for _ in $(seq 1 150); do kill -0 "$old_pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$old_pid" 2>/dev/null && die "another redis.sh (pid $wrapper) runs a server on $data_dir"
    else
      echo "redis.sh: stopping orphaned server (pid $old_pid) left on $data_dir"
      kill -TERM "$old_pid"
      for _ in $(seq 1 300); do kill -0 "$old_pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$old_pid" 2>/dev/null && die "orphaned server (pid $old_pid) did not stop"
    fi
  fi
fi

# setsid: a Ctrl+C in a terminal signals the whole process group; the server must hear only this
# wrapper, which delays the stop.
setsid redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes \
  --dir "$data_dir" --pidfile "$pid_file" --appendonly yes --daemonize no &
server=$!

# Counts the clients other than the one asking; empty when the server does not answer.
other_clients() {
  local n
  n=$(redis-cli -h 127.0.0.1 -p "$port" info clients 2>/dev/null | tr -d '\r' | sed -n 's/^connected_clients://p')
  if [[ -n $n ]]; then echo $((n - 1)); fi
}

stop() {
  trap '' TERM INT HUP
  echo "redis.sh: stop requested; serving until the last client leaves (at most ${grace}s)"
  local deadline=$((SECONDS + grace)) clients
  while ((SECONDS < deadline)); do
    clients=$(other_clients)
    [[ -z $clients || $clients -le 0 ]] && break
    sleep 0.2
  done
  kill -TERM "$server" 2>/dev/null || true
}
trap stop TERM INT HUP

# wait returns early when a trapped signal arrives: keep waiting until the server has exited, then
# collect its own exit status.
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
status=0
wait "$server" || status=$?
echo "redis.sh: server stopped (exit $status)"
exit "$status"
