#!/usr/bin/env bash
# Runs every test: domain rules, grains (Orleans test cluster), APIs in-process, the gateway, and
# the whole AppHost end to end. Each test assembly starts the PostgreSQL server it needs (from the
# machine's binaries, in a temporary folder); the end-to-end tests start PostgreSQL and Redis
# through the AppHost.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
cigales_prerequisites
exec dotnet test --solution Cigales.sln "$@"
