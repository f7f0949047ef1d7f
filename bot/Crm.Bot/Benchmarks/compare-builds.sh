#!/usr/bin/env bash
# Compares the CPU per message of two builds of the bot under `bench messages`, on the same machine at the same time.
#
#   bot/Crm.Bot/Benchmarks/compare-builds.sh <build folder A> <build folder B> [requests]
#
# A build folder is a copy of bot/Crm.Bot/bin/Release/net10.0. Run one after the other, two runs of the same build
# differed by up to 15% here: the machine's speed drifts over minutes. So both benchmarks run at once: they warm up
# side by side, and once both are timing, they take turns, one second each (the other is stopped with SIGSTOP).
# Each then has run its timed requests in the same stretches of time as the other. Their throughput and latency
# mean nothing (they count the seconds spent stopped), but the CPU per request does not: two copies of one build
# agreed within 1%. Extra arguments go to both, e.g. `--concurrency 8`. To compare a runtime setting rather than a
# build, give one build's run extra environment variables in A_ENV or B_ENV, e.g. `B_ENV=DOTNET_ReadyToRun=0`
# (space-separated NAME=VALUE pairs), and the same folder twice.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    sed -n '2,13p' "$0"
    exit 2
fi
build_a=$1
build_b=$2
shift 2
requests=12000
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    requests=$1
    shift
fi
logs=$(mktemp -d)
# On any exit (Ctrl+C included) neither benchmark is left behind, stopped or running, nor their stores (in $logs).
trap 'for pid in ${pid_a:-} ${pid_b:-}; do kill -KILL "$pid" 2>/dev/null; done; rm -rf "$logs"' EXIT
trap 'exit 130' INT TERM

# shellcheck disable=SC2086 # A_ENV and B_ENV are lists of NAME=VALUE words.
TMPDIR=$logs env ${A_ENV:-} dotnet "$build_a/Crm.Bot.dll" bench messages --requests "$requests" "$@" > "$logs/a.log" 2>&1 &
pid_a=$!
# shellcheck disable=SC2086
TMPDIR=$logs env ${B_ENV:-} dotnet "$build_b/Crm.Bot.dll" bench messages --requests "$requests" "$@" > "$logs/b.log" 2>&1 &
pid_b=$!

timing() { grep -q '^Sending' "$logs/$1.log"; }
running() { kill -0 "$1" 2>/dev/null; }

# Whichever warms up first waits, stopped, for the other.
while running "$pid_a" && running "$pid_b" && ! { timing a && timing b; }; do
    if timing a; then kill -STOP "$pid_a"; fi
    if timing b; then kill -STOP "$pid_b"; fi
    sleep 0.2
    kill -CONT "$pid_a" "$pid_b" 2>/dev/null || true
done
while running "$pid_a" || running "$pid_b"; do
    kill -STOP "$pid_b" 2>/dev/null || true
    kill -CONT "$pid_a" 2>/dev/null || true
    sleep 1
    kill -STOP "$pid_a" 2>/dev/null || true
    kill -CONT "$pid_b" 2>/dev/null || true
    sleep 1
done
wait "$pid_a" "$pid_b" || true

for side in a b; do
    build=$build_a
    [[ $side == b ]] && build=$build_b
    echo "$side ($build):"
    grep -E '^(CPU|errors)' "$logs/$side.log" | sed 's/^/    /' || { echo "    no result:"; tail -5 "$logs/$side.log"; }
done
