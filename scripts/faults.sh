#!/usr/bin/env bash
# The fault suite (docs/RELIABILITY.md): starts the whole system on random ports in a temporary
# folder, runs a load of money commands through the gateway's gRPC API while it kills a silo,
# restarts PostgreSQL and crashes Redis, checks after each fault that no acknowledged write was
# lost or doubled and that the books balance, and prints the figures. Takes a few minutes; exits
# non-zero if a check fails. Not part of ./test.sh: a shorter version of it is.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
cigales_prerequisites

dotnet build tools/Cigales.Faults -nologo -v quiet
logs=.data/faults/$(date -u +%Y%m%d-%H%M%S)
# The program stops itself after 15 minutes; this is the backstop should it hang.
exec timeout --kill-after=60 20m tools/Cigales.Faults/bin/Debug/net10.0/Cigales.Faults "$logs"
