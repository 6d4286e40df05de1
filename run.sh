#!/usr/bin/env bash
# Runs the whole system: PostgreSQL, Redis, the four services, the gateway and the Aspire dashboard.
#   dashboard  http://localhost:18888
#   JSON API   http://localhost:8080
#   gRPC API   http://localhost:8081 (cleartext HTTP/2)
# Stop with Ctrl+C. Data stays in .data/ (git-ignored) from one run to the next.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
cigales_prerequisites
exec dotnet run --project Cigales.AppHost --launch-profile http "$@"
