# shellcheck shell=bash disable=SC2034 # PG_STARTED_HERE is read by ./cantine
# PostgreSQL helpers for ./cantine: a project-local cluster whose data, Unix socket and log live
# under one base folder (e.g. <repo>/.pg: data/, sock/, postgres.log). Sourced, never executed.
#
# initdb and pg_ctl refuse to run as root: as root the base folder is given to the `postgres`
# user and every server command runs through `runuser -u postgres --`.

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN=""           # /usr/lib/postgresql/<major>/bin, set by pg_find_bin
PG_STARTED_HERE=0   # 1 when the last pg_cluster_start started the server (0: reused one)

# pg_find_bin [DATADIR]: set PG_BIN. With an existing cluster in DATADIR, use the major version
# that created it; otherwise the highest major installed.
pg_find_bin() {
  local data=${1:-} major="" candidate
  if [[ -n $data && -f $data/PG_VERSION ]]; then
    major=$(<"$data/PG_VERSION")
    [[ -x /usr/lib/postgresql/$major/bin/initdb ]] ||
      die "the cluster in $data was made by PostgreSQL $major, which is not installed (reset it: ./cantine reset)"
  else
    for candidate in /usr/lib/postgresql/*/bin/initdb; do
      [[ -x $candidate ]] || continue
      candidate=${candidate#/usr/lib/postgresql/}
      major=$(printf '%s\n%s\n' "$major" "${candidate%%/*}" | sort -V | tail -n 1)
    done
    [[ -n $major ]] || die "no PostgreSQL server found in /usr/lib/postgresql/*/bin"
  fi
  PG_BIN=/usr/lib/postgresql/$major/bin
}

# pg_run CMD ARGS...: run a PostgreSQL command as the cluster's owner.
pg_run() {
  if is_root; then
    # From /, so that the tools never complain about an unreadable current directory.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# pg_check_reachable DIR: as root, check that `postgres` can traverse every folder from / down to
# DIR (needed to reach the data folder and socket). Prints the fix and returns 1 otherwise.
pg_check_reachable() {
  is_root || return 0
  local dir=$1 path="" part
  local -a parts
  IFS=/ read -r -a parts <<<"${dir#/}"
  for part in / "${parts[@]}"; do
    [[ $part == / ]] && path=/ || path=${path%/}/$part
    [[ -d $path ]] || break
    if ! runuser -u postgres -- test -x "$path"; then
      error "the 'postgres' user cannot enter $path, so PostgreSQL cannot use a cluster below it"
      printf 'Fix: chmod o+x %q   (or move the repository to a folder postgres can reach)\n' "$path" >&2
      return 1
    fi
  done
}

# pg_socket_fits BASE PORT: Unix socket paths are limited to 107 bytes.
pg_socket_fits() {
  local sock="$1/sock/.s.PGSQL.$2"
  ((${#sock} <= 107))
}

# pg_is_running DATADIR: true when a postmaster is alive for DATADIR.
pg_is_running() {
  [[ -f $1/postmaster.pid ]] || return 1
  [[ -n $PG_BIN ]] || pg_find_bin "$1"
  pg_run "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# pg_running_port DATADIR: the port of the running postmaster (4th line of postmaster.pid).
pg_running_port() {
  sed -n 4p "$1/postmaster.pid" 2>/dev/null
}

# pg_initdb DATADIR: create a cluster (superuser postgres, trust auth, UTF8).
pg_initdb() {
  local data=$1 locale=C log
  log="$(dirname "$data")/initdb.log"
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  if ! pg_run "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
    --locale="$locale" --no-sync >"$log" 2>&1; then
    cat "$log" >&2
    die "initdb failed for $data"
  fi
}

# pg_cluster_start BASE PORT [SERVER OPTION...]: start (or reuse) the cluster in BASE/data on
# 127.0.0.1:PORT with its socket in BASE/sock and its log in BASE/postgres.log; creates the cluster
# when BASE/data does not exist yet. Extra options are passed to the server, e.g. "-c fsync=off".
# Sets PG_STARTED_HERE=1 when it started the server, 0 when it reused a running one.
pg_cluster_start() {
  local base=$1 port=$2
  shift 2
  local data="$base/data" sock="$base/sock" log="$base/postgres.log" running_port
  PG_STARTED_HERE=0
  [[ $base == /* ]] || die "pg_cluster_start needs an absolute folder, got $base"
  [[ $base != *\'* ]] || die "the folder $base contains a quote; move the repository"
  pg_find_bin "$data"

  if pg_is_running "$data"; then
    running_port=$(pg_running_port "$data")
    if [[ $running_port != "$port" ]]; then
      die "the cluster in $data is already running on port $running_port, not $port: use port $running_port or stop that server first"
    fi
    info "PostgreSQL is already running on 127.0.0.1:$port ($data): reusing it (it will be left running)"
    return 0
  fi

  if port_in_use "$port"; then
    die "port $port on 127.0.0.1 is taken by another program, not by the cluster in $data; free it or choose another port"
  fi
  pg_socket_fits "$base" "$port" ||
    die "the socket path $sock/.s.PGSQL.$port is longer than 107 bytes; move the repository to a shorter path"

  pg_check_reachable "$base" || exit 1
  mkdir -p "$base" "$sock"
  if is_root; then chown -R postgres:postgres "$base"; fi

  if [[ ! -f $data/PG_VERSION ]]; then
    if [[ -d $data ]] && [[ -n $(ls -A "$data") ]]; then
      die "$data exists but holds no PostgreSQL cluster; delete it (./cantine reset)"
    fi
    info "creating a PostgreSQL $(basename "$(dirname "$PG_BIN")") cluster in $data"
    pg_initdb "$data"
  fi

  local opts="-p $port -c listen_addresses=127.0.0.1 -k '$sock'" opt
  for opt in "$@"; do opts+=" $opt"; done
  if ! pg_run "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$opts" start >/dev/null; then
    error "PostgreSQL did not start; the end of $log:"
    tail -n 30 "$log" >&2 || true
    pg_run "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    exit 1
  fi
  PG_STARTED_HERE=1
  info "PostgreSQL started on 127.0.0.1:$port (data $data, log $log)"
}

# pg_cluster_stop BASE: stop the cluster in BASE/data if it is running.
pg_cluster_stop() {
  local data="$1/data"
  pg_is_running "$data" || return 0
  if pg_run "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null; then
    info "PostgreSQL stopped ($data)"
  else
    warn "could not stop PostgreSQL in $data; stopping it immediately"
    pg_run "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

# pg_psql PORT ARGS...: psql as the superuser over TCP.
pg_psql() {
  local port=$1
  shift
  pg_run "$PG_BIN/psql" -X -h 127.0.0.1 -p "$port" -U postgres "$@"
}

# pg_ensure_db PORT NAME: create database NAME unless it exists.
pg_ensure_db() {
  local port=$1 name=$2
  if [[ $(pg_psql "$port" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'") == 1 ]]; then
    return 0
  fi
  pg_run "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  info "database $name created"
}
