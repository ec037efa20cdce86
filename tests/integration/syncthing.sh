#!/usr/bin/env bash
# Two computers, each with its own Portdeck collection and its own Syncthing, kept in step
# through a shared folder over loopback only (no discovery, no relays, no NAT, nothing leaves
# 127.0.0.1). Each answers cards offline, one of them the same card on the same day; after
# the syncs both collections are the same (portdeck-cli sync's fingerprint) and every answer
# is on both. Run by hand or by scripts/bench, not by CI: it waits on two real daemons.
# Usage: tests/integration/syncthing.sh [BUILD-DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cli="$build/app/portdeck-cli"
if ! command -v syncthing > /dev/null; then
    echo "syncthing.sh: Syncthing is not installed (apt-get install syncthing); skipped"
    exit 0
fi
[[ -x "$cli" ]] || { echo "syncthing.sh: no $cli; build first" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    wait 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export STNOUPGRADE=1 STNODEFAULTFOLDER=1

fail() { echo "syncthing.sh: FAIL: $*" >&2; exit 1; }
field() { grep -o "\"$1\":[^,}]*" <<< "$2" | head -1 | cut -d: -f2- | tr -d '"'; }

# A free TCP port on loopback.
port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 20000))
        (echo > "/dev/tcp/127.0.0.1/$p") 2> /dev/null || { echo "$p"; return; }
    done
}

declare -A id listen gui
for side in laptop desktop; do
    mkdir -p "$work/$side/shared" "$work/$side/data"
    touch "$work/$side/shared/.stfolder"
    syncthing generate --home="$work/$side/syncthing" --no-default-folder > "$work/$side/generate.log" 2>&1
    id[$side]=$(grep -o 'Device ID: [A-Z0-9-]*' "$work/$side/generate.log" | cut -d' ' -f3)
    listen[$side]=$(port)
    gui[$side]=$(port)
done

for side in laptop desktop; do
    other=$([[ $side == laptop ]] && echo desktop || echo laptop)
    cat > "$work/$side/syncthing/config.xml" << EOF
<configuration version="36">
    <folder id="portdeck" label="portdeck" path="$work/$side/shared" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="${id[$side]}"></device>
        <device id="${id[$other]}"></device>
    </folder>
    <device id="${id[$side]}" name="$side"><address>dynamic</address></device>
    <device id="${id[$other]}" name="$other"><address>tcp://127.0.0.1:${listen[$other]}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:${gui[$side]}</address><apikey>portdeck-test-$side</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${listen[$side]}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
EOF
    syncthing serve --home="$work/$side/syncthing" --no-browser --no-restart \
        --logfile="$work/$side/syncthing.log" > /dev/null 2>&1 &
    pids+=($!)
done

# Waits until each side's shared folder holds what the other side's own journal holds.
in_step() {
    local a b
    a=$(cd "$work/laptop/shared" && find . -name '*.pdj' -newer .stfolder -printf '%p %s\n' 2> /dev/null | sort)
    b=$(cd "$work/desktop/shared" && find . -name '*.pdj' -newer .stfolder -printf '%p %s\n' 2> /dev/null | sort)
    [[ -n "$a" && "$a" == "$b" ]]
}
wait_in_step() {
    for _ in $(seq 1 120); do
        in_step && return 0
        sleep 0.5
    done
    fail "the shared folders did not come into step within a minute (see $work/*/syncthing.log)"
}

day=$(( ($(date +%s) / 86400) * 86400 * 1000 ))
# Offline on both: the laptop answers SSH's port card in the morning and Telnet's, the
# desktop SSH's too in the evening, and DNS's.
"$cli" answer port:22 good --at $((day + 8 * 3600000)) --data-dir "$work/laptop/data" > /dev/null
"$cli" answer port:23 again --at $((day + 8 * 3600000 + 60000)) --data-dir "$work/laptop/data" > /dev/null
"$cli" answer port:22 hard --at $((day + 20 * 3600000)) --data-dir "$work/desktop/data" > /dev/null
"$cli" answer port:53 easy --at $((day + 20 * 3600000 + 60000)) --data-dir "$work/desktop/data" > /dev/null

sync() { "$cli" sync --folder "$work/$1/shared" --name "$1" --data-dir "$work/$1/data"; }
sync laptop > /dev/null
sync desktop > /dev/null
wait_in_step
for round in 1 2 3; do
    laptop=$(sync laptop)
    desktop=$(sync desktop)
    wait_in_step
done

reviews() { "$cli" check --data-dir "$work/$1/data" | grep -o '"reviews": *[0-9]*' | grep -o '[0-9]*$'; }
[[ $(reviews laptop) == 4 ]] || fail "the laptop has $(reviews laptop) answers, not 4"
[[ $(reviews desktop) == 4 ]] || fail "the desktop has $(reviews desktop) answers, not 4"
[[ "$(field fingerprint "$laptop")" == "$(field fingerprint "$desktop")" ]] \
    || fail "the collections differ: $laptop / $desktop"
grep -q '"name":"desktop"' <<< "$laptop" || fail "the laptop does not list the desktop: $laptop"
grep -q '"name":"laptop"' <<< "$desktop" || fail "the desktop does not list the laptop: $desktop"
echo "syncthing.sh: two Syncthing instances on loopback; 4 answers made offline on two computers (one"
echo "card on both the same day) are on both, and both collections are the same ($(field fingerprint "$laptop" | cut -c1-16)…)"
