#!/usr/bin/env bash
# Start to ready, as the README runs the bot: `java -jar target/aliada.jar` on a fresh ./data, no token.
#
#   src/test/bench/start-to-ready.sh [runs=3] [jar=target/aliada.jar] [extra java options...]
#
# Each run starts the jar in an empty temporary folder (catalog/ and intents/ linked in), then prints
# the seconds until the log's "Aliada is ready" line and until /actuator/health answers 200, the CPU
# seconds (user + sys) the process and its main thread had used at the ready line, and the load average
# at the start. The process is stopped right after. Medians of the runs close the output.
set -euo pipefail

runs=${1:-3}
jar=$(realpath "${2:-target/aliada.jar}")
shift $(( $# > 2 ? 2 : $# ))
port=${PORT:-18181}
root=$(cd "$(dirname "$0")/../../.." && pwd)
ticks=$(getconf CLK_TCK)
results=$(mktemp)

cpu_of() { # user + sys clock ticks of /proc/<pid>[/task/<tid>]/stat
    local fields
    read -r -a fields < "$1/stat"
    echo $(( fields[13] + fields[14] ))
}

for i in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    ln -s "$root/catalog" "$work/catalog"
    ln -s "$root/intents" "$work/intents"
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s%N)
    (cd "$work" && exec java "$@" -jar "$jar" --server.port="$port" > "$work/out.log" 2>&1) &
    pid=$!
    ready=""; health=""; cpu=""; main=""
    while kill -0 "$pid" 2>/dev/null; do
        if [ -z "$ready" ] && grep -q "Aliada is ready" "$work/out.log"; then
            ready=$(( ($(date +%s%N) - start) / 1000000 ))
            cpu=$(cpu_of "/proc/$pid")
            main=0 # the busiest thread named "java": the launcher's first thread only waits for it
            for task in /proc/"$pid"/task/*; do
                if [ "$(cat "$task/comm" 2>/dev/null)" = java ]; then
                    t=$(cpu_of "$task" 2>/dev/null || echo 0)
                    [ "$t" -gt "$main" ] && main=$t
                fi
            done
        fi
        if [ -z "$health" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/actuator/health")" = 200 ]; then
            health=$(( ($(date +%s%N) - start) / 1000000 ))
        fi
        [ -n "$ready" ] && [ -n "$health" ] && break
        sleep 0.02
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -z "$ready" ]; then
        echo "run $i: the application stopped before it was ready; its log: $work/out.log" >&2
        exit 1
    fi
    awk -v r="$ready" -v h="$health" -v c="$cpu" -v m="$main" -v t="$ticks" -v l="$load" -v i="$i" 'BEGIN {
        printf "run %d: ready %.2f s, health 200 %.2f s, CPU %.2f s (main thread %.2f s), load average %s\n", i, r/1000, h/1000, c/t, m/t, l
        printf "%f %f %f %f\n", r/1000, h/1000, c/t, m/t > "/dev/stderr" }' 2>> "$results"
    rm -rf "$work"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf "median of %d: ready %.2f s, health 200 %.2f s, CPU %.2f s (main thread %.2f s)\n" "$runs" \
    "$(cut -d' ' -f1 "$results" | median)" "$(cut -d' ' -f2 "$results" | median)" \
    "$(cut -d' ' -f3 "$results" | median)" "$(cut -d' ' -f4 "$results" | median)"
rm -f "$results"
