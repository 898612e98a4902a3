# shellcheck shell=bash
# Shared helpers for ./cantine: messages and machine prerequisites.
# Sourced, never executed. Safe to source more than once.

[[ -n ${_CANTINE_LIB_LOADED:-} ]] && return 0
_CANTINE_LIB_LOADED=1

info() { printf 'cantine: %s\n' "$*"; }
warn() { printf 'cantine: warning: %s\n' "$*" >&2; }
error() { printf 'cantine: error: %s\n' "$*" >&2; }
die() {
  error "$@"
  exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# port_in_use PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Debian packages the project needs on a developer's machine and on CI.
# postgresql: the server (initdb, pg_ctl) for the local and the test clusters;
# chromium: browser tests; fonts: PDF rendering; poppler-utils: pdftoppm/pdftotext to look at PDFs;
# curl: readiness checks.
CANTINE_APT_PACKAGES=(postgresql chromium fonts-dejavu-core fonts-liberation2 poppler-utils curl)

# postgres_installed: true when some /usr/lib/postgresql/<major>/bin/initdb exists
# (the server packages may be there without dpkg knowing the `postgresql` meta package).
postgres_installed() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# deb_installed NAME: true when dpkg says NAME is installed (not merely known, e.g. "config-files").
deb_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

# ensure_prerequisites [EXTRA_PACKAGE...]: install the missing Debian packages (as root) or say how to (otherwise),
# then check the .NET 10 SDK. Call it before any PostgreSQL cluster is started: an apt upgrade under
# a running cluster breaks it (plpgsql.so: undefined symbol).
ensure_prerequisites() {
  local missing=() pkg
  for pkg in "${CANTINE_APT_PACKAGES[@]}" "$@"; do
    if [[ $pkg == postgresql ]]; then
      postgres_installed && continue
    elif deb_installed "$pkg"; then
      continue
    fi
    missing+=("$pkg")
  done

  if ((${#missing[@]})); then
    if ! is_root; then
      error "missing Debian packages: ${missing[*]}"
      printf 'Install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' \
        "${missing[*]}" >&2
      exit 1
    fi
    command -v apt-get >/dev/null 2>&1 ||
      die "missing packages (${missing[*]}) and no apt-get on this machine: install them by hand"
    info "installing missing Debian packages: ${missing[*]}"
    apt-get update || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" ||
      die "apt-get install ${missing[*]} failed"
    postgres_installed ||
      die "PostgreSQL is installed but no /usr/lib/postgresql/*/bin/initdb was found"
  fi

  if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    error "the .NET 10 SDK is not on PATH (dotnet --list-sdks shows no 10.x)"
    cat >&2 <<'MSG'
Install it from Microsoft's packages for Debian, as described at
  https://learn.microsoft.com/dotnet/core/install/linux-debian
(e.g. `sudo apt-get install -y dotnet-sdk-10.0` once Microsoft's package feed is configured),
then run this command again.
MSG
    exit 1
  fi
}
