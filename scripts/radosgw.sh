#!/usr/bin/env bash
# cos-boto3 test server: a real S3 implementation (Ceph RADOS Gateway, Debian 12 packages)
# running as a throw-away single-host cluster on 127.0.0.1: one monitor, one in-memory
# (memstore) OSD, no manager, cephx disabled inside the cluster. S3 requests are still
# authenticated: signatures are verified against two users, "tester" and "other".
#
# Usage:  bash scripts/radosgw.sh [start|stop|status|env]
#   start   install the packages if missing, start the daemons unless already serving (idempotent),
#           print the endpoint and the keys                                      (default)
#   stop    stop the daemons recorded in the data directory's PID files
#   status  exit 0 when the S3 endpoint answers an anonymous GET / with 200
#   env     print `export` lines:  eval "$(bash scripts/radosgw.sh env)"
#
# Settings (environment):
#   RGW_PORT        S3 port on 127.0.0.1                         7480
#   RGW_MON_PORT    monitor port (msgr2) on 127.0.0.1            3300
#   RGW_DIR         data, logs, PID files; wiped at every start  /tmp/cos-boto3-rgw
#   RGW_MEMSTORE_GB RAM the OSD may use for object data          4
#   RGW_API_NAME    the single LocationConstraint RGW accepts    us-standard
#   RGW_ACCESS_KEY, RGW_SECRET_KEY, RGW_OTHER_ACCESS_KEY, RGW_OTHER_SECRET_KEY
#
# Objects live in the OSD's RAM and the data directory is recreated at every start, so each start
# gives an empty server in ~2-3 s. Root (or sudo) is needed only to install the packages.
set -euo pipefail

PORT=${RGW_PORT:-7480}
MON_PORT=${RGW_MON_PORT:-3300}
DATA=${RGW_DIR:-/tmp/cos-boto3-rgw}
MEMSTORE_GB=${RGW_MEMSTORE_GB:-4}
API_NAME=${RGW_API_NAME:-us-standard}
KEY=${RGW_ACCESS_KEY:-cosTestAccessKey0001}
SECRET=${RGW_SECRET_KEY:-cosTestSecretKey0000000000000000000000001}
OTHER_KEY=${RGW_OTHER_ACCESS_KEY:-cosOtherAccessKey001}
OTHER_SECRET=${RGW_OTHER_SECRET_KEY:-cosOtherSecretKey000000000000000000000001}
OTHER_UID=other
MAIN_UID=tester

ENDPOINT="http://127.0.0.1:${PORT}"
VHOST_ENDPOINT="http://localhost:${PORT}"
CONF="$DATA/ceph.conf"
LOCK="${DATA%/}.lock"          # outside $DATA, which is wiped on start
PIDS=("$DATA/run/client.rgw.a.pid" "$DATA/run/osd.0.pid" "$DATA/run/mon.a.pid")  # stop order
PACKAGES=(radosgw ceph-mon ceph-osd curl)

say() { printf '[radosgw] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
ms() { date +%s%3N; }

answers() { # anonymous ListBuckets returns 200 once the gateway serves requests
  local code
  code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$ENDPOINT/" 2>/dev/null) || true
  [ "$code" = 200 ]
}

running() { # pid is a live process; zombies count as gone (a slow-reaping init keeps them around)
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "${st%% *}" != Z ]
}

admin() { # radosgw-admin, bounded: it waits forever on a cluster that cannot serve I/O
  timeout 60 radosgw-admin -c "$CONF" "$@" >/dev/null || die "radosgw-admin $1 $2 failed; see $DATA/log"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

alive() { [ -s "$1" ] && running "$(cat "$1")"; }

any_running() { local p; for p in "$@"; do running "$p" && return 0; done; return 1; }

all_alive() { local f; for f in "${PIDS[@]}"; do alive "$f" || return 1; done; }

show_env() {
  cat <<EOF
export S3_ENDPOINT=$ENDPOINT
export S3_VHOST_ENDPOINT=$VHOST_ENDPOINT
export S3_ACCESS_KEY_ID=$KEY
export S3_SECRET_ACCESS_KEY=$SECRET
export S3_REGION=us-east-1
export S3_LOCATION_CONSTRAINT=$API_NAME
export S3_CANONICAL_ID=$MAIN_UID
export S3_OTHER_ACCESS_KEY_ID=$OTHER_KEY
export S3_OTHER_SECRET_ACCESS_KEY=$OTHER_SECRET
export S3_OTHER_CANONICAL_ID=$OTHER_UID
export S3_FORCE_PATH_STYLE=true
EOF
}

stop_daemons() { # everything is in RAM and wiped at start, so no graceful shutdown is needed
  local f pid pids=() n
  for f in "${PIDS[@]}"; do
    if alive "$f"; then pids+=("$(cat "$f")"); fi
  done
  if [ ${#pids[@]} -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null || true
    for n in $(seq 10); do   # a short grace period; the monitor can take ~5 s, so it is killed
      any_running "${pids[@]}" || break
      sleep 0.1
    done
    for pid in "${pids[@]}"; do
      if running "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
    done
    for n in $(seq 20); do any_running "${pids[@]}" || break; sleep 0.05; done
    say "stopped ${#pids[@]} daemon(s)"
  else
    say "nothing was running"
  fi
  rm -f "${PIDS[@]}"
}

install_packages() {
  local missing=() cmd
  # binary -> the package that ships it (monmaptool: ceph-base, ceph/ceph-authtool: ceph-common,
  # both pulled in by ceph-mon)
  for cmd in radosgw radosgw-admin ceph-mon ceph-osd monmaptool ceph-authtool ceph curl; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}; run as root to install ${PACKAGES[*]}"
    sudo=(sudo -n)
  fi
  local t0; t0=$(ms)
  say "missing ${missing[*]}: installing ${PACKAGES[*]} with apt (~65 MB download, ~30 s)"
  export DEBIAN_FRONTEND=noninteractive
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    say "apt package lists absent: apt-get update"
    "${sudo[@]}" apt-get update -qq
  fi
  if ! "${sudo[@]}" apt-get install -y -qq -o DPkg::Lock::Timeout=120 --no-install-recommends "${PACKAGES[@]}" >/dev/null; then
    say "install failed; refreshing package lists and retrying"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq -o DPkg::Lock::Timeout=120 --no-install-recommends "${PACKAGES[@]}" >/dev/null
  fi
  say "installed in $(( ($(ms) - t0) / 1000 )) s"
}

write_conf() { # $1 = cluster fsid
  cat >"$CONF" <<EOF
# generated by scripts/radosgw.sh; throw-away test cluster, loopback only
[global]
fsid = $1
mon host = v2:127.0.0.1:${MON_PORT}
mon initial members = a
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
# with auth=none msgr2 cannot negotiate 'secure'; RGW insists on it towards the mon unless crc is allowed
ms mon client mode = crc secure
ms client mode = crc secure
# one OSD: size-1 pools, few PGs (RGW creates ~8 pools), no host-level CRUSH separation
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
osd pool default pg autoscale mode = off
osd pool default pg num = 8
osd pool default pgp num = 8
mon max pg per osd = 1000
osd crush chooseleaf type = 0
# do not refuse to run on a fairly full disk
mon data avail warn = 2
mon data avail crit = 1
# start-up is a chain of map updates; the default 1 s proposal batching would make it ~12 s
paxos propose interval = 0.01
paxos min wait = 0.001
run dir = $DATA/run
admin socket = $DATA/run/\$name.asok
pid file = $DATA/run/\$name.pid
log file = $DATA/log/\$name.log

[mon.a]
mon data = $DATA/mon/a

[osd.0]
osd data = $DATA/osd/0
osd objectstore = memstore
memstore device bytes = $(( MEMSTORE_GB * 1024 * 1024 * 1024 ))

[client.rgw.a]
# endpoint= binds exactly this address (port= would bind 0.0.0.0); tcp_nodelay avoids ~40 ms per small reply
rgw frontends = beast endpoint=127.0.0.1:${PORT} tcp_nodelay=1
rgw data = $DATA/rgw
# virtual-hosted addressing: Host: <bucket>.localhost:${PORT}
rgw dns name = localhost
rgw enable static website = true
# SSE-C over plain http (test server only)
rgw crypt require ssl = false
# free deleted object data at once: memstore is RAM-capped and tests churn through large objects
rgw gc obj min wait = 0
rgw gc processor period = 60
EOF
}

# Run a daemon (it forks and detaches itself) without handing it our stdio, the lock or any other
# descriptor we inherited: a caller that waits for this script's output to end (CI, execFile in
# node) must not be kept waiting by a daemon holding one of its pipes.
daemon() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec "$@"
  ) </dev/null >>"$DATA/log/daemons.out" 2>&1
}

start_cluster() {
  local t0 fsid osd_uuid n
  t0=$(ms)
  stop_daemons >/dev/null 2>&1 || true
  if answers; then
    die "something else already answers on $ENDPOINT (not started from $DATA); stop it or set RGW_PORT"
  fi
  if port_busy "$MON_PORT"; then
    die "port $MON_PORT (monitor) is in use, maybe by another Ceph cluster; set RGW_MON_PORT"
  fi
  # $DATA is wiped: only ever a directory this script made (or a new/empty one)
  if [ -e "$DATA" ] && [ -n "$(ls -A "$DATA" 2>/dev/null)" ] && ! grep -qs '^# generated by scripts/radosgw.sh' "$CONF"; then
    die "$DATA is not empty and was not made by this script; refusing to wipe it (set RGW_DIR)"
  fi
  rm -rf "$DATA"
  mkdir -p "$DATA"/{mon/a,osd/0,run,log,rgw}
  fsid=$(cat /proc/sys/kernel/random/uuid)
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)   # must be the same for `osd new` and `--mkfs`
  write_conf "$fsid"
  export CEPH_CONF="$CONF"

  monmaptool --create --add a "v2:127.0.0.1:${MON_PORT}" --fsid "$fsid" "$DATA/monmap" >/dev/null
  ceph-authtool --create-keyring "$DATA/mon.keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$DATA/monmap" --keyring "$DATA/mon.keyring" \
    >"$DATA/log/mon-mkfs.out" 2>&1 || die "ceph-mon --mkfs failed; see $DATA/log/mon-mkfs.out"
  daemon ceph-mon -c "$CONF" -i a || die "ceph-mon did not start; see $DATA/log/mon.a.log"

  ceph -c "$CONF" --connect-timeout 20 osd new "$osd_uuid" 0 >/dev/null ||
    die "monitor not reachable on 127.0.0.1:${MON_PORT}; see $DATA/log/mon.a.log"
  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >"$DATA/log/osd-mkfs.out" 2>&1 ||
    die "ceph-osd --mkfs failed; see $DATA/log/osd-mkfs.out"
  daemon ceph-osd -c "$CONF" -i 0 || die "ceph-osd did not start; see $DATA/log/osd.0.log"
  for n in $(seq 300); do
    if ceph -c "$CONF" osd stat 2>/dev/null | grep -q '1 up'; then break; fi
    [ "$n" = 300 ] && die "the OSD did not come up in 30 s; see $DATA/log/osd.0.log"
    sleep 0.1
  done

  # users first (this also creates the RGW pools), then the LocationConstraint name
  admin user create --uid="$MAIN_UID" --display-name="cos-boto3 tester" \
    --email=tester@example.com --access-key="$KEY" --secret-key="$SECRET"
  admin user create --uid="$OTHER_UID" --display-name="cos-boto3 other user" \
    --email=other@example.com --access-key="$OTHER_KEY" --secret-key="$OTHER_SECRET"
  admin zonegroup modify --rgw-zonegroup=default --api-name="$API_NAME"

  daemon radosgw -c "$CONF" -n client.rgw.a || die "radosgw did not start; see $DATA/log/client.rgw.a.log"
  for n in $(seq 600); do answers && break; sleep 0.1; done
  if ! answers; then
    tail -n 20 "$DATA/log/client.rgw.a.log" >&2 || true
    die "radosgw does not answer on $ENDPOINT; logs in $DATA/log"
  fi
  say "started in $(( $(ms) - t0 )) ms (objects in RAM, logs in $DATA/log)"
}

cmd_start() {
  # serialise concurrent starts (and installs); the daemons never inherit fd 9
  mkdir -p "$(dirname "$LOCK")"
  exec 9>"$LOCK"
  flock -w 300 9 || die "another start holds $LOCK"
  install_packages
  if all_alive && answers; then
    say "already running at $ENDPOINT"
  else
    start_cluster
  fi
  exec 9>&-
  cat <<EOF
S3 endpoint   $ENDPOINT  (path-style)
virtual host  http://<bucket>.localhost:${PORT}  (connect to 127.0.0.1, send Host: <bucket>.localhost:${PORT})
access key    $KEY
secret key    $SECRET
other user    $OTHER_KEY / $OTHER_SECRET  (canonical id: $OTHER_UID)
region        us-east-1 for signing; LocationConstraint: $API_NAME
environment   eval "\$(bash scripts/radosgw.sh env)"
stop          bash scripts/radosgw.sh stop
EOF
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) stop_daemons ;;
  status)
    if answers; then say "up at $ENDPOINT"; else say "down ($ENDPOINT)"; exit 1; fi ;;
  env) show_env ;;
  -h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' ;;
  *) echo "usage: bash scripts/radosgw.sh [start|stop|status|env]" >&2; exit 2 ;;
esac
