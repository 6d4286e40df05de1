# Sourced by run.sh and test.sh: installs what Cigales needs that this machine lacks, from the
# Debian registry, and says so. Everything else (NuGet packages) comes with the first build.

cigales_say() { echo "cigales: $*"; }

cigales_apt_install() {
  local package=$1 reason=$2
  cigales_say "$reason is missing: installing the Debian package '$package' (apt-get, as root)"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { cigales_say "run as root, or install '$package' yourself"; return 1; }
    sudo=(sudo)
  fi
  # Try without refreshing the package lists first: on a fresh machine they may be absent.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; }
}

cigales_prerequisites() {
  command -v dotnet >/dev/null \
    || { cigales_say "the .NET 10 SDK is missing (dotnet not on the PATH): install it first"; return 1; }

  # PostgreSQL and Redis run from the machine's binaries when no container engine answers.
  if ! command -v initdb >/dev/null && ! { command -v pg_config >/dev/null && [[ -x $(pg_config --bindir)/initdb ]]; }; then
    cigales_apt_install postgresql "PostgreSQL (initdb, postgres)" || return 1
  fi
  if ! command -v redis-server >/dev/null; then
    cigales_apt_install redis-server "Redis (redis-server)" || return 1
  fi
  # The repository's .NET tools (dotnet-tools.json): smtp4dev, the local SMTP server with its web inbox.
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if ! (cd "$root" && dotnet tool run smtp4dev -- --help >/dev/null 2>&1); then
    cigales_say "smtp4dev (the local SMTP server) is missing: installing the repository's .NET tools (dotnet tool restore)"
    (cd "$root" && dotnet tool restore >/dev/null) || return 1
  fi
}

# For the tests only: the web app's browser tests drive Debian's Chromium (Playwright's own browser
# download is not reachable from here).
cigales_test_prerequisites() {
  if ! command -v chromium >/dev/null; then
    cigales_apt_install chromium "Chromium (for the web app's browser tests)" || return 1
  fi
}
