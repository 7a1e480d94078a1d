# SPDX-License-Identifier: MIT
# Sourced by .ci/run (which defines log): start_dockerd brings up a Docker engine for the tests or returns
# non-zero saying why; stop_dockerd stops the one it started and removes what dockerd left behind.
# test/host/ciDockerd.test.mjs runs start_dockerd alone with a stand-in dockerd that fails.

# How long to wait for a dockerd that is still running but not yet answering (100 × 0.2 s by default).
DOCKERD_WAIT_STEPS="${DOCKERD_WAIT_STEPS:-100}"

dockerd_pid="" forward_policy="" ip_forward=""
stop_dockerd() {
  [ -n "$dockerd_pid" ] || return 0
  log "stopping dockerd (pid $dockerd_pid)"
  kill "$dockerd_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$dockerd_pid" 2>/dev/null || true
  # dockerd leaves its bridge and iptables chains behind: remove the jumps into them, then the chains.
  ip link delete docker0 2>/dev/null || true
  for ipt in iptables ip6tables; do
    command -v "$ipt" > /dev/null || continue
    for table in filter nat mangle raw; do
      rules=$("$ipt" -w -t "$table" -S 2>/dev/null) || continue
      while read -r -a rule; do
        [ "${rule[0]:-}" = "-A" ] || continue
        case " ${rule[*]} " in *DOCKER*|*docker0*) "$ipt" -w -t "$table" -D "${rule[@]:1}" 2>/dev/null || true ;; esac
      done <<< "$rules"
      while read -r -a rule; do
        [ "${rule[0]:-}" = "-N" ] && [[ "${rule[1]:-}" == DOCKER* ]] || continue
        "$ipt" -w -t "$table" -F "${rule[1]}" 2>/dev/null || true
      done <<< "$rules"
      while read -r -a rule; do
        [ "${rule[0]:-}" = "-N" ] && [[ "${rule[1]:-}" == DOCKER* ]] || continue
        "$ipt" -w -t "$table" -X "${rule[1]}" 2>/dev/null || true
      done <<< "$rules"
    done
  done
  # dockerd also turns on forwarding and sets FORWARD's policy to DROP: put back what was there before.
  [ -z "$forward_policy" ] || iptables -w -P FORWARD "$forward_policy" 2>/dev/null || true
  [ -z "$ip_forward" ] || sysctl -q -w "net.ipv4.ip_forward=$ip_forward" > /dev/null 2>&1 || true
}
# start_dockerd LOGFILE: uses a running engine, or starts dockerd with its output in LOGFILE.
# Returns 1, after saying why, when there is no engine and dockerd is missing, exits, or never answers.
start_dockerd() {
  local logfile=$1
  if docker info > /dev/null 2>&1; then log "a Docker engine is already running; using it"; return 0; fi
  if ! command -v dockerd > /dev/null; then
    log "no dockerd on this machine (apt-get install docker.io): the tests that need a Docker engine cannot run"
    return 1
  fi
  forward_policy=$(iptables -w -S FORWARD 2>/dev/null | awk '$1 == "-P" { print $3 }') || true
  ip_forward=$(cat /proc/sys/net/ipv4/ip_forward 2>/dev/null) || true
  dockerd > "$logfile" 2>&1 < /dev/null &
  dockerd_pid=$!
  local _
  for _ in $(seq 1 "$DOCKERD_WAIT_STEPS"); do
    docker info > /dev/null 2>&1 && break
    kill -0 "$dockerd_pid" 2>/dev/null || break # it exited: no point waiting
    sleep 0.2
  done
  if docker info > /dev/null 2>&1; then log "dockerd started (pid $dockerd_pid)"; return 0; fi
  local why="it never answered docker info"
  if ! kill -0 "$dockerd_pid" 2>/dev/null; then
    local rc=0
    wait "$dockerd_pid" 2>/dev/null || rc=$?
    why="it exited with status $rc"
  fi
  log "dockerd did not come up: $why. Its last lines ($logfile):"
  tail -n 5 "$logfile" 2>/dev/null | sed 's/^/[ci]   /' || true
  log "the tests that need a Docker engine cannot run, so CI stops here"
  stop_dockerd
  dockerd_pid=""
  return 1
}
