#!/usr/bin/env bash
# Runs every test: domain rules, grains (Orleans test cluster), APIs in-process, the gateway, and
# the whole AppHost end to end. Each test assembly starts the PostgreSQL server it needs (from the
# machine's binaries, in a temporary folder); the end-to-end tests start PostgreSQL and Redis
# through the AppHost. Then, when no test was singled out (no arguments), the stop check:
# ./run.sh started and stopped with Ctrl+C twice (scripts/stop-check.sh), alone, because it
# times the stop and the test projects running in parallel would slow it.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
cigales_prerequisites || exit 1

dotnet test --solution Cigales.sln "$@"
status=$?
[[ $# -eq 0 ]] || exit "$status"

# One line for .ci/run: "Stop check: passed", "failed" or "skipped" (run.sh's ports were taken).
scripts/stop-check.sh --no-build
case $? in
  0) echo "Stop check: passed" ;;
  3) echo "Stop check: skipped" ;;
  *) echo "Stop check: failed"; status=1 ;;
esac
exit "$status"
