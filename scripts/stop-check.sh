#!/usr/bin/env bash
# Checks that Ctrl+C stops ./run.sh quickly and cleanly, and that it starts again afterwards:
#
#   scripts/stop-check.sh [run.sh arguments...]      e.g. scripts/stop-check.sh --no-build
#
# Twice, on one temporary data folder and without the demo data: runs ./run.sh in a process group
# of its own, as a terminal does; waits for the gateway's /health; sends SIGINT to the group (what
# Ctrl+C does); then requires every process of that run — the AppHost, DCP, the dashboard, the
# services, PostgreSQL, Redis and their wrappers — to have exited within STOP_LIMIT seconds
# (default 15). Prints each stop's time and the last processes to go; exits non-zero, naming what
# was slow or left behind. The second start shows that the first stop left nothing in its way.
#
# It uses run.sh's fixed ports (8080, 8081, 18888): when one is taken it says so and exits with 3.
set -euo pipefail
cd "$(dirname "$0")/.."

stop_limit=${STOP_LIMIT:-15}
start_limit=${START_LIMIT:-300}
health=http://localhost:8080/health
# Every process of a run inherits this variable, wherever it ends up in the process tree.
mark="CIGALES_STOP_CHECK=$$-$RANDOM"
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/cigales-stop-check-XXXXXX")
# PostgreSQL runs as its own OS user, which must reach its folder.
chmod 755 "$data_dir"
log_dir=$data_dir/logs
mkdir -p "$log_dir"

say() { echo "stop-check: $*"; }
fail() { say "FAILED: $*"; exit 1; }

# REPLY = the process's start time (field 22 of /proc/pid/stat), which tells it from a later
# process given the same pid; fails when the process is gone or a zombie.
start_time() {
  local stat fields
  read -r stat 2>/dev/null < "/proc/$1/stat" || return 1
  read -r -a fields <<< "${stat##*) }"
  [[ ${fields[0]} != Z ]] || return 1
  REPLY=${fields[19]}
}

# pid:starttime of every process started with the mark, and of their descendants (servers that
# overwrite their environment with a process title are still children of their wrapper).
processes_of_the_run() {
  local -A seen=()
  local queue next pid
  queue=$(grep -l -a -F "$mark" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 || true)
  while [[ -n $queue ]]; do
    next=""
    for pid in $queue; do
      [[ -z ${seen[$pid]:-} ]] || continue
      seen[$pid]=1
      next+=" $(ps -o pid= --ppid "$pid" | tr '\n' ' ' || true)"
    done
    queue=$(echo $next)
  done
  for pid in "${!seen[@]}"; do
    if start_time "$pid"; then echo "$pid:$REPLY"; fi
  done
}

running() { start_time "${1%%:*}" && [[ $REPLY == "${1#*:}" ]]; }

seconds() { printf '%d.%d' $(($1 / 1000)) $(($1 % 1000 / 100)); }

command_of() { tr '\0' ' ' < "/proc/${1%%:*}/cmdline" 2>/dev/null | cut -c1-150 || true; }

run_group=""
cleanup() {
  local entry left
  if [[ -n $run_group ]]; then kill -KILL -- "-$run_group" 2>/dev/null || true; fi
  mapfile -t left < <(processes_of_the_run)
  if ((${#left[@]} > 0)); then
    # PostgreSQL with a fast shutdown first, so that its folder can be deleted; then the rest.
    for entry in "${left[@]}"; do
      if [[ $(command_of "$entry") == *"-D $data_dir/postgres "* ]]; then kill -INT "${entry%%:*}" 2>/dev/null || true; fi
    done
    sleep 2
    for entry in "${left[@]}"; do kill -KILL "${entry%%:*}" 2>/dev/null || true; done
  fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

# Exit status 3: the check could not run (a test skips rather than fails then).
for port in 8080 8081 18888; do
  if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "port $port is in use (another ./run.sh?): cannot check"
    exit 3
  fi
done

# Starts ./run.sh, waits until the gateway is healthy, presses Ctrl+C, and times the stop.
start_and_stop() {
  local round=$1 log="$log_dir/run-$1.log"
  shift
  # As from a terminal: a process group of its own (set -m), SIGINT handled. A shell without job
  # control starts background commands with SIGINT ignored, and a caller (a test runner) may have
  # had it ignored already, which no shell can undo: perl (in every Debian) restores it.
  set -m
  env "$mark" perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "$ARGV[0]: $!"' \
    ./run.sh "$@" --Cigales:DemoData=false "--Cigales:DataDirectory=$data_dir" > "$log" 2>&1 < /dev/null &
  run_group=$!
  set +m

  local waited=0
  until curl -sf -m 2 -o /dev/null "$health"; do
    if ! kill -0 "$run_group" 2>/dev/null; then
      tail -n 30 "$log"
      fail "run $round: ./run.sh exited before the gateway was healthy"
    fi
    ((waited < start_limit)) || fail "run $round: the gateway was not healthy within ${start_limit}s"
    sleep 1
    waited=$((waited + 1))
  done

  # The gateway answers before every silo has finished joining its cluster; nobody presses Ctrl+C
  # in that second, and a silo stopped while it is still joining takes longer to leave.
  sleep "${SETTLE:-5}"
  local processes entry
  mapfile -t processes < <(processes_of_the_run)
  say "run $round: healthy after ${waited}s (${#processes[@]} processes); Ctrl+C"

  local -A names=() gone_at=()
  # When the last processes stopped (DCP's monitor-process helpers left out: they follow others).
  last_to_go() {
    for entry in "${!gone_at[@]}"; do echo "${gone_at[$entry]} ${names[$entry]:-${entry%%:*}}"; done \
      | grep -v " monitor-process " | sort -n | tail -n 3 | while read -r ms command; do echo "  $(seconds "$ms")s  ${command:0:100}"; done
  }
  for entry in "${processes[@]}"; do names[$entry]=$(command_of "$entry"); done
  local started=${EPOCHREALTIME/./} elapsed_ms left=("${processes[@]}") still
  kill -INT -- "-$run_group"
  while ((${#left[@]} > 0)); do
    elapsed_ms=$(((${EPOCHREALTIME/./} - started) / 1000))
    still=()
    for entry in "${left[@]}"; do
      if running "$entry"; then still+=("$entry"); else gone_at[$entry]=$elapsed_ms; fi
    done
    left=("${still[@]}")
    # A process started during the stop counts too.
    ((${#left[@]} > 0)) || mapfile -t left < <(processes_of_the_run)
    if ((${#left[@]} > 0 && elapsed_ms > stop_limit * 1000)); then
      echo "the last to go before:"
      last_to_go
      echo "still running ${stop_limit}s after Ctrl+C:"
      for entry in "${left[@]}"; do echo "  ${entry%%:*} $(command_of "$entry")"; done
      fail "run $round: did not stop within ${stop_limit}s"
    fi
    sleep 0.1
  done
  run_group=""

  say "run $round: everything stopped in $(seconds "$elapsed_ms")s, nothing left behind; the last to go:"
  last_to_go
}

start_and_stop 1 "$@"
start_and_stop 2 "$@"
say "passed: started twice, each stop within ${stop_limit}s, no process left behind"
