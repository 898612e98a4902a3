# shellcheck shell=bash
# `./cantine run --instances N` (ADR 0037): N hosts on the one PostgreSQL database behind nginx. nginx listens on
# CANTINE_PORT (5080); the instances on the next N ports (5081…). Instance 1 seeds the demo town, the others start
# once it is ready. Sourced by ./cantine, never executed.

# shellcheck source=scripts/nginx.sh
source "$(dirname "${BASH_SOURCE[0]}")/nginx.sh"

INSTANCE_PIDS=()
NGINX_PID=""

cleanup_instances() {
  trap '' INT TERM
  if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  local pid
  for pid in "${INSTANCE_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${INSTANCE_PIDS[@]}"; do
    local _
    for _ in $(seq 1 150); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  INSTANCE_PIDS=()
  if ((RUN_PG_STARTED)); then
    pg_cluster_stop "$REPO/.pg"
  fi
}

# start_instance N PORT SEED: one host, logging to .data/host-N.log.
start_instance() {
  local n=$1 port=$2 seed=$3 public="http://127.0.0.1:$APP_PORT"
  (
    cd "$HOST_DIR"
    exec env \
      ASPNETCORE_ENVIRONMENT=Development \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      ConnectionStrings__Cantine="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=cantine" \
      Cantine__SeedDemo="$seed" \
      Messaging__PickupDirectory="$REPO/.data/mail" \
      Messaging__PublicBaseUrl="$public" \
      Payfip__Simulator=true \
      Payfip__ServiceUrl="$public/simulateur-payfip/services/securite" \
      Payfip__PaymentPageUrl="$public/simulateur-payfip/tpa/paiementws.web" \
      dotnet "$HOST_DLL"
  ) </dev/null >"$REPO/.data/host-$n.log" 2>&1 &
  INSTANCE_PIDS+=($!)
}

# wait_ready PORT PID LOG: until /health/ready answers on PORT (120 s at most).
wait_ready() {
  local port=$1 pid=$2 log=$3 deadline=$((SECONDS + 120))
  until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      error "the instance on port $port stopped while starting; its log ($log):"
      tail -n 60 "$log" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      error "the instance on port $port did not answer /health/ready within 120 s; the end of its log ($log):"
      tail -n 60 "$log" >&2
      exit 1
    fi
    sleep 1
  done
}

cmd_run_instances() {
  local count=$1 reset=$2 i port
  ((count >= 2 && count <= 16)) || die "--instances takes 2 to 16"
  ensure_prerequisites nginx
  if ((reset)); then reset_local_state; fi
  for ((i = 0; i <= count; i++)); do
    port=$((APP_PORT + i))
    port_in_use "$port" && die "port $port on 127.0.0.1 is already taken; stop what uses it or set CANTINE_PORT"
  done

  trap cleanup_instances EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  pg_cluster_start "$REPO/.pg" "$PG_PORT"
  RUN_PG_STARTED=$PG_STARTED_HERE
  pg_ensure_db "$PG_PORT" cantine

  info "building the host (Release)"
  dotnet build "$HOST_PROJECT" -c Release -nologo -v quiet || die "the build failed"
  mkdir -p "$REPO/.data/mail"

  local ports=()
  for ((i = 1; i <= count; i++)); do
    port=$((APP_PORT + i))
    ports+=("$port")
    # The first instance seeds the demo town; the others start on the seeded database.
    info "starting instance $i on http://127.0.0.1:$port"
    start_instance "$i" "$port" "$([[ $i == 1 ]] && echo true || echo false)"
    wait_ready "$port" "${INSTANCE_PIDS[-1]}" "$REPO/.data/host-$i.log"
  done

  local nginx_dir="$REPO/.data/nginx"
  nginx_config "$nginx_dir" "$APP_PORT" "${CANTINE_SIGNIN_PER_MINUTE:-30}" "${ports[@]}"
  nginx_check "$nginx_dir"
  nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  local deadline=$((SECONDS + 10))
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$APP_PORT/health/ready" 2>/dev/null; do
    ((SECONDS < deadline)) || die "nginx did not answer on port $APP_PORT; see $nginx_dir/error.log"
    sleep 0.5
  done

  demo_logins
  info "nginx on http://127.0.0.1:$APP_PORT in front of $count instances (ports ${ports[*]}); configuration $nginx_dir/nginx.conf"
  info "instance logs: .data/host-1.log … .data/host-$count.log; nginx: $nginx_dir/access.log"

  # An instance that stops (crashed, killed to watch nginx route around it) is reported and the others go on serving;
  # everything stops when nginx stops or no instance is left.
  local waiting=("${INSTANCE_PIDS[@]}") ended rc pid
  while true; do
    rc=0
    ended=""
    wait -n -p ended "${waiting[@]}" "$NGINX_PID" || rc=$?
    if [[ $ended == "$NGINX_PID" ]]; then
      NGINX_PID=""
      error "nginx stopped (exit code $rc); see $nginx_dir/error.log"
      exit 1
    fi
    local still=()
    for pid in "${waiting[@]}"; do
      [[ $pid == "$ended" ]] || still+=("$pid")
    done
    waiting=("${still[@]}")
    for ((i = 0; i < count; i++)); do
      if [[ ${INSTANCE_PIDS[i]} == "$ended" ]]; then
        warn "instance $((i + 1)) stopped (exit code $rc; see .data/host-$((i + 1)).log); ${#waiting[@]} left behind nginx"
      fi
    done
    ((${#waiting[@]} > 0)) || die "no instance left"
  done
}
