# shellcheck shell=bash
# `./cantine backup` and `./cantine restore` (ADR 0035): one pg_dump of the one database holds everything Cantine
# keeps — Marten's events and documents, uploaded files (cantine.stored_files), Data Protection keys
# (platform.data_protection_keys), Hangfire's and Wolverine's tables. Sourced by ./cantine, never executed.
#
# Which server: libpq's variables when PGHOST or PGPORT is set (PGUSER, PGPASSWORD or ~/.pgpass as usual), e.g. a
# production server; otherwise the project-local cluster of `./cantine run` (.pg/, port CANTINE_PG_PORT), started for
# the command and stopped after it when it was not running. The tools are the cluster's own PostgreSQL binaries
# (/usr/lib/postgresql/<major>/bin, as for `run` and `test`), run as `postgres` when the script runs as root.

BACKUP_PG_STARTED=0
BACKUP_HOST=""
BACKUP_PORT=""
BACKUP_USER=""

backup_usage() {
  cat <<EOF
Usage: ./cantine backup [FILE] [--database NAME]
       ./cantine restore FILE [--database NAME] [--force]

backup   Writes a pg_dump custom-format archive (-Fc, compressed) of database NAME (default cantine) to FILE
         (default backups/cantine-<UTC time>.dump), readable by its owner only, then checks it with pg_restore --list.
restore  Restores FILE into a new database, then swaps it in for NAME (default cantine): the previous database is kept
         as NAME_before_<UTC time> (drop it once the restored one is checked). Refuses while a client (the host) is
         connected to NAME unless --force, which disconnects it. Stop the host first, start it after.

Server: PGHOST/PGPORT/PGUSER/PGPASSWORD when PGHOST or PGPORT is set; otherwise the local cluster of ./cantine run
(.pg/, port \${CANTINE_PG_PORT:-55432}), started for the command if needed (a new machine gets a fresh cluster).
EOF
}

# backup_valid_name NAME: database names this script builds SQL with (no quoting games).
backup_valid_name() {
  [[ $1 =~ ^[a-z_][a-z0-9_]{0,40}$ ]] || die "invalid database name '$1' (lower-case letters, digits, _; 41 at most)"
}

# backup_connect: choose the server and the binaries; start the local cluster when it is the target.
backup_connect() {
  postgres_installed || die "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  if [[ -n ${PGHOST:-} || -n ${PGPORT:-} ]]; then
    BACKUP_HOST=${PGHOST:-127.0.0.1}
    BACKUP_PORT=${PGPORT:-5432}
    BACKUP_USER=${PGUSER:-postgres}
    pg_find_bin
    info "server $BACKUP_HOST:$BACKUP_PORT (from PGHOST/PGPORT), user $BACKUP_USER"
  else
    BACKUP_HOST=127.0.0.1
    BACKUP_PORT=$PG_PORT
    BACKUP_USER=postgres
    pg_cluster_start "$REPO/.pg" "$PG_PORT"
    BACKUP_PG_STARTED=$PG_STARTED_HERE
  fi
}

backup_disconnect() {
  if ((BACKUP_PG_STARTED)); then
    pg_cluster_stop "$REPO/.pg"
    BACKUP_PG_STARTED=0
  fi
}

# backup_tool NAME ARGS...: a PostgreSQL client tool against the chosen server, as the cluster's user.
backup_tool() {
  local tool=$1
  shift
  pg_run "$PG_BIN/$tool" -h "$BACKUP_HOST" -p "$BACKUP_PORT" -U "$BACKUP_USER" "$@"
}

backup_sql() {
  backup_tool psql -X -v ON_ERROR_STOP=1 -d postgres -tAc "$1"
}

cmd_backup() {
  local file="" database=${PGDATABASE:-cantine}
  while (($#)); do
    case $1 in
      --database) database=${2:?--database needs a name}; shift ;;
      -h | --help) backup_usage; exit 0 ;;
      -*) error "unknown option for backup: $1"; backup_usage >&2; exit 2 ;;
      *) [[ -z $file ]] || die "one FILE only"; file=$1 ;;
    esac
    shift
  done
  backup_valid_name "$database"
  if [[ -z $file ]]; then
    mkdir -p "$REPO/backups"
    file="$REPO/backups/cantine-$(date -u +%Y%m%dT%H%M%SZ).dump"
  fi
  [[ ! -e $file ]] || die "$file already exists: choose another name"
  mkdir -p "$(dirname "$file")"

  trap backup_disconnect EXIT
  backup_connect
  [[ $(backup_sql "SELECT 1 FROM pg_database WHERE datname = '$database'") == 1 ]] ||
    die "database $database does not exist on $BACKUP_HOST:$BACKUP_PORT"

  # The shell (not the postgres user) writes the file, so any folder the caller can write to works; the archive holds
  # personal data: readable by its owner only. Written aside, renamed once complete.
  local partial="$file.partial" started=$SECONDS
  info "backing up database $database to $file"
  if ! (umask 077 && backup_tool pg_dump -Fc -d "$database" >"$partial"); then
    rm -f "$partial"
    die "pg_dump failed"
  fi
  local entries
  entries=$(pg_run "$PG_BIN/pg_restore" --list <"$partial" | grep -vc '^;') || { rm -f "$partial"; die "the archive cannot be read back"; }
  mv "$partial" "$file"
  info "backup done in $((SECONDS - started)) s: $file ($(du -h "$file" | cut -f1), $entries entries)"
  backup_disconnect
}

cmd_restore() {
  local file="" database=${PGDATABASE:-cantine} force=0
  while (($#)); do
    case $1 in
      --database) database=${2:?--database needs a name}; shift ;;
      --force) force=1 ;;
      -h | --help) backup_usage; exit 0 ;;
      -*) error "unknown option for restore: $1"; backup_usage >&2; exit 2 ;;
      *) [[ -z $file ]] || die "one FILE only"; file=$1 ;;
    esac
    shift
  done
  [[ -n $file ]] || { backup_usage >&2; exit 2; }
  [[ -f $file && -r $file ]] || die "cannot read $file"
  backup_valid_name "$database"

  postgres_installed || die "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  pg_find_bin
  pg_run "$PG_BIN/pg_restore" --list <"$file" >/dev/null 2>&1 || die "$file is not a pg_dump custom-format archive"
  trap backup_disconnect EXIT
  backup_connect

  local stamp staging previous started=$SECONDS
  stamp=$(date -u +%Y%m%d%H%M%S)
  staging="${database}_restoring"
  previous="${database}_before_$stamp"
  backup_valid_name "$staging"
  backup_valid_name "$previous"

  # Into a database of its own first: a failed restore leaves the current database untouched.
  backup_sql "DROP DATABASE IF EXISTS $staging WITH (FORCE)" >/dev/null 2>&1
  backup_sql "CREATE DATABASE $staging TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
  info "restoring $file into a new database ($staging)"
  # --no-owner --no-acl: the objects belong to the restoring user (the application's user on the target server), whatever
  # the roles of the server the backup came from. One transaction: all or nothing.
  if ! backup_tool pg_restore --no-owner --no-acl --exit-on-error --single-transaction -d "$staging" <"$file"; then
    backup_sql "DROP DATABASE IF EXISTS $staging WITH (FORCE)" >/dev/null || true
    die "pg_restore failed; database $database was not touched"
  fi

  if [[ $(backup_sql "SELECT 1 FROM pg_database WHERE datname = '$database'") == 1 ]]; then
    local clients
    clients=$(backup_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = '$database' AND pid <> pg_backend_pid()")
    if ((clients > 0)) && ((!force)); then
      error "$clients client(s) are connected to $database (is the host running?): stop them, or use --force to disconnect them"
      backup_sql "DROP DATABASE $staging WITH (FORCE)" >/dev/null || true
      exit 1
    fi
    if ((clients > 0)); then
      backup_sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$database' AND pid <> pg_backend_pid()" >/dev/null
    fi
    backup_sql "ALTER DATABASE $database RENAME TO $previous" >/dev/null
    info "the previous database is kept as $previous (drop it once the restore is checked: DROP DATABASE $previous)"
  fi
  backup_sql "ALTER DATABASE $staging RENAME TO $database" >/dev/null
  info "restore done in $((SECONDS - started)) s: database $database on $BACKUP_HOST:$BACKUP_PORT; start the host"
  backup_disconnect
}
