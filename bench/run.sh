#!/usr/bin/env bash
# The "Fast at scale" benchmark: bench/run.sh [N]   (N protocols in the corpus, default 10000)
#
# Measures whole processes (wall, CPU user+sys, peak RSS; medians of several runs):
#   (a) the tool checking ONE protocol, cold:          ./secretome-check check ONE.yaml
#   (b) the tool checking the WHOLE corpus in one JVM: ./secretome-check check CORPUS/
#       (the tool runs as users run it: through the launcher, with its JVM settings and the
#       class-data-sharing archive of the build; with JAR or JAVA_OPTS set: java JAVA_OPTS -jar JAR)
#   (c) baseline: the same files only read, parsed with Jackson's YAMLMapper and bound into the
#       tool's model (bench/ParseBaseline.java), in one JVM
#   (d) bare JVM: the baseline program on ONE.yaml
# and prints (a)/(d), (b)/(c) and peak RSS of (b) against the targets: <= 2, <= 2, <= 512 MiB.
# Results also go to bench/results/latest.md.
#
# Environment (all optional):
#   JAR                 the tool's shaded jar (default target/secretome-check.jar; built with
#                       mvn -q package -DskipTests [-Dbuild.dir=its directory] when missing)
#   MVN_ARGS            extra Maven arguments for that build, e.g. -o
#   JAVA_OPTS           JVM options for the tool's runs (a) and (b), e.g. "-XX:TieredStopAtLevel=1",
#                       "-XX:+UseSerialGC", "-XX:SharedArchiveFile=app.jsa"
#   BASELINE_JAVA_OPTS  JVM options for the baseline runs (c) and (d) (default: none)
#   REPS_ONE            repetitions of (a) and (d) (default 9: a cold run varies by about 5% from one to the next)
#   REPS_CORPUS         repetitions of (b) and (c) (default 3)
#   SEED                corpus seed (default 42); the corpus is reused while N and SEED match
#   ONE                 the single protocol of (a) and (d) (default protocols/examples/ev-bm-deviations.yaml)
#   AS_OF               check date (default 2025-06-01)
#   BENCH_WORK          work directory (default bench/work, git-ignored)
#   BENCH_RESULTS       results file (default bench/results/latest.md)
#   BENCH_TIMER         gnu (GNU time) | proc (bash + /proc VmHWM polling) | auto (default: gnu if usable)
#   BENCH_PHASES        1 (default) runs bench/Phases.java once for a breakdown of (a) and (b); 0 skips it
#   PHASES_FILES        how many corpus files the breakdown checks (default min(N, 2000))
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
LAUNCHED=$([[ -z ${JAR:-} && -z ${JAVA_OPTS:-} ]] && echo 1 || echo 0)
JAR=${JAR:-$ROOT/target/secretome-check.jar}
JAVA_OPTS=${JAVA_OPTS:-}
BASELINE_JAVA_OPTS=${BASELINE_JAVA_OPTS:-}
REPS_ONE=${REPS_ONE:-9}
REPS_CORPUS=${REPS_CORPUS:-3}
SEED=${SEED:-42}
ONE=${ONE:-$ROOT/protocols/examples/ev-bm-deviations.yaml}
AS_OF=${AS_OF:-2025-06-01}
WORK=${BENCH_WORK:-$ROOT/bench/work}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results/latest.md}
BENCH_TIMER=${BENCH_TIMER:-auto}
BENCH_PHASES=${BENCH_PHASES:-1}
PHASES_FILES=${PHASES_FILES:-$(( N < 2000 ? N : 2000 ))}

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 2; }

[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, not '$N'"
command -v java >/dev/null || die "java is not on the PATH"
command -v javac >/dev/null || die "javac is not on the PATH (a JDK 17 is needed)"
JAR=$(cd "$(dirname "$JAR")" 2>/dev/null && pwd || echo "$(dirname "$JAR")")/$(basename "$JAR")
ONE=$(cd "$(dirname "$ONE")" && pwd)/$(basename "$ONE")
[[ -f $ONE ]] || die "ONE=$ONE does not exist"
mkdir -p "$WORK" "$(dirname "$RESULTS")"

# ---------------------------------------------------------------- the jar
if [[ ! -f $JAR ]]; then
    [[ $(basename "$JAR") == secretome-check.jar ]] || die "$JAR is missing and is not a jar Maven builds"
    say "bench: building $JAR"
    (cd "$ROOT" && mvn -q ${MVN_ARGS:-} package -DskipTests -Dbuild.dir="$(dirname "$JAR")") || die "the build failed"
    [[ -f $JAR ]] || die "the build did not produce $JAR"
fi

# ---------------------------------------------------------------- the corpus
CORPUS=$WORK/corpus-$N-seed$SEED
if [[ ! -f $CORPUS/.complete ]]; then
    rm -rf "$CORPUS"
    say "bench: generating $N protocols into $CORPUS"
    java "$ROOT/bench/GenerateCorpus.java" --count "$N" --seed "$SEED" --out "$CORPUS" >&2
    touch "$CORPUS/.complete"
fi
find "$CORPUS" -type f -name '*.yaml' -exec cat {} + >/dev/null   # into the page cache

# ---------------------------------------------------------------- the helper programs
CLASSES=$WORK/classes
stamp=$(cat "$ROOT/bench/ParseBaseline.java" "$ROOT/bench/Phases.java" | cksum)-$(stat -c %Y "$JAR")
if [[ ! -f $CLASSES/.stamp || $(cat "$CLASSES/.stamp") != "$stamp" ]]; then
    rm -rf "$CLASSES" && mkdir -p "$CLASSES"
    javac -nowarn -cp "$JAR" -d "$CLASSES" "$ROOT/bench/ParseBaseline.java" || die "bench/ParseBaseline.java does not compile"
    if ! javac -nowarn -cp "$JAR" -d "$CLASSES" "$ROOT/bench/Phases.java" 2>"$WORK/phases-javac.log"; then
        say "bench: warning: bench/Phases.java does not compile against this jar (see $WORK/phases-javac.log); no breakdown"
        BENCH_PHASES=0
    fi
    echo "$stamp" >"$CLASSES/.stamp"
fi
[[ -f $CLASSES/Phases.class ]] || BENCH_PHASES=0

# ---------------------------------------------------------------- sanity: a sample must be "checked"
step=$(( N / 200 > 0 ? N / 200 : 1 ))
mapfile -t sample < <(find "$CORPUS" -type f -name '*.yaml' | sort | awk -v s="$step" '(NR - 1) % s == 0')
say "bench: checking a sample of ${#sample[@]} generated files with the tool (all must be checked)"
rc=0
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" check --as-of "$AS_OF" --format json --output "$WORK/sample.json" "${sample[@]}" \
    2>"$WORK/sample.err" || rc=$?
(( rc <= 1 )) || die "the sample check exited with $rc (see $WORK/sample.json, $WORK/sample.err)"
sample_summary=$(tr -d '\n' <"$WORK/sample.json" | grep -o '"summary".*' | tr -s ' ' | head -c 300)
grep -Eq '"notChecked" *: *0[,}]' <<<"$sample_summary" || die "some generated files were not checked (see $WORK/sample.json)"

# ---------------------------------------------------------------- timing one process
if [[ $BENCH_TIMER == auto ]]; then
    if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then BENCH_TIMER=gnu; else BENCH_TIMER=proc; fi
fi
case $BENCH_TIMER in
    gnu) TIMER_DESC="GNU time (/usr/bin/time -f '%U %S %M') for CPU and peak RSS, date +%s%N for wall" ;;
    proc) TIMER_DESC="bash 'times' for CPU, VmHWM polled from /proc every 20 ms for peak RSS (may miss growth in the last 20 ms), date +%s%N for wall" ;;
    *) die "BENCH_TIMER must be auto, gnu or proc" ;;
esac

# timed LABEL CMD... : runs CMD once, appends "wall_s cpu_s rss_kib rc" to $WORK/times-LABEL
timed() {
    local label=$1; shift
    local err=$WORK/last-$label.err tf=$WORK/time.out rc=0 t0 t1 user sys rss
    t0=$(date +%s%N)
    if [[ $BENCH_TIMER == gnu ]]; then
        /usr/bin/time -f '%U %S %M' -o "$tf" "$@" >/dev/null 2>"$err" || rc=$?
        t1=$(date +%s%N)
        read -r user sys rss < <(tail -n 1 "$tf")
    else
        local pidf=$WORK/timed.pid timesf=$WORK/timed.times inner pid hwm=0 k v _
        rm -f "$pidf" "$timesf"
        ERR=$err PIDF=$pidf TIMESF=$timesf bash -c \
            '"$@" >/dev/null 2>"$ERR" & echo $! >"$PIDF"; wait $!; rc=$?; times >"$TIMESF"; exit $rc' _ "$@" &
        inner=$!
        while [[ ! -s $pidf ]]; do sleep 0.005; done
        pid=$(<"$pidf")
        while [[ -r /proc/$pid/status ]]; do
            while read -r k v _; do [[ $k == VmHWM: ]] && hwm=$v; done <"/proc/$pid/status" 2>/dev/null || true
            sleep 0.02
        done
        wait "$inner" || rc=$?
        t1=$(date +%s%N)
        # times: line 2 is the children's "XmY.YYYs XmY.YYYs" (user, system)
        read -r user sys < <(sed -n 2p "$timesf" | awk '{ for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); printf "%s ", a[1] * 60 + a[2] } print "" }')
        rss=$hwm
    fi
    if (( rc > 1 )); then
        say "bench: '$*' exited with $rc:"; tail -n 20 "$err" >&2; exit 2
    fi
    awk -v w="$(( t1 - t0 ))" -v u="$user" -v s="$sys" -v m="$rss" -v rc="$rc" \
        'BEGIN { printf "%.3f %.3f %d %d\n", w / 1e9, u + s, m, rc }' >>"$WORK/times-$label"
    say "  $label: $(tail -n 1 "$WORK/times-$label" | awk '{ printf "wall %.2f s, cpu %.2f s, peak RSS %.0f MiB, exit %d", $1, $2, $3 / 1024, $4 }')"
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$2" '{ print $c }' "$WORK/times-$1"; }
minimum() { sort -g | head -n 1; }

rm -f "$WORK"/times-*
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
say "bench: N=$N, timer: $BENCH_TIMER, load average: $load_start"
# shellcheck disable=SC2086
if [[ $LAUNCHED == 1 ]]; then
    TOOL=("$ROOT/secretome-check" check --as-of "$AS_OF")
    # The breakdown runs in the launcher's JVM settings: SECRETOME_CHECK_JAVA_OPTS as given, else
    # the launcher's options and its class-data archive (the archive's class path, the jar, is a
    # prefix of the breakdown's, as the JVM requires).
    PHASES_OPTS=${SECRETOME_CHECK_JAVA_OPTS:-$(sed -n 's/^options="\(.*\)"$/\1/p' "$ROOT/secretome-check" | head -n 1)}
    if [[ -z ${SECRETOME_CHECK_JAVA_OPTS:-} && -f $ROOT/target/secretome-check.jsa ]]; then
        PHASES_OPTS="$PHASES_OPTS -XX:SharedArchiveFile=$ROOT/target/secretome-check.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
    fi
else
    PHASES_OPTS=$JAVA_OPTS
    TOOL=(java $JAVA_OPTS -jar "$JAR" check --as-of "$AS_OF")
fi
# shellcheck disable=SC2086
BASE=(java $BASELINE_JAVA_OPTS -cp "$JAR:$CLASSES" ParseBaseline)
# Interleaved, so that a change of machine load hits both sides of a ratio alike.
for (( i = 1; i <= REPS_ONE; i++ )); do
    timed a "${TOOL[@]}" "$ONE"
    timed d "${BASE[@]}" "$ONE"
done
for (( i = 1; i <= REPS_CORPUS; i++ )); do
    timed b "${TOOL[@]}" "$CORPUS"
    timed c "${BASE[@]}" "$CORPUS"
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- the table
declare -A W C R WMIN
for x in a b c d; do
    W[$x]=$(col $x 1 | median); C[$x]=$(col $x 2 | median); R[$x]=$(col $x 3 | median); WMIN[$x]=$(col $x 1 | minimum)
done
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { if (y > 0) printf "%.2f", x / y; else print "n/a" }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v != "n/a" && v <= t) ? "ok" : "MISSED" }'; }
r_ad_w=$(ratio "${W[a]}" "${W[d]}"); r_ad_c=$(ratio "${C[a]}" "${C[d]}")
r_bc_w=$(ratio "${W[b]}" "${W[c]}"); r_bc_c=$(ratio "${C[b]}" "${C[c]}")
rss_b=$(awk -v k="${R[b]}" 'BEGIN { printf "%.0f", k / 1024 }')

java_version=$(java -version 2>&1 | head -n 2 | tr '\n' ' ' | sed 's/  */ /g')
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
if command -v free >/dev/null; then mem_total=$(free -h | awk '/^Mem:/ { print $2 }')
else mem_total=$(awk '/^MemTotal:/ { printf "%.1fGi", $2 / 1048576 }' /proc/meminfo); fi
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (working tree has uncommitted changes)" || true)
corpus_mib=$(du -sm "$CORPUS" | cut -f1)

row() { # label name
    awk -v l="$1" -v w="${W[$2]}" -v m="${WMIN[$2]}" -v c="${C[$2]}" -v r="${R[$2]}" -v n="$3" \
        'BEGIN { printf "| %s | %.2f s (best %.2f) | %.2f s | %.0f MiB | %s |\n", l, w, m, c, r / 1024, n }'
}
{
    echo "# Benchmark results"
    echo
    echo "\`bench/run.sh $N\`, $started. Medians of $REPS_ONE runs for (a) and (d), $REPS_CORPUS runs for (b) and (c)."
    echo
    echo "| | wall (median, best) | CPU user+sys | peak RSS | runs |"
    echo "|---|---|---|---|---|"
    row "(a) tool, one protocol, cold" a "$REPS_ONE"
    row "(b) tool, whole corpus ($N files), one JVM" b "$REPS_CORPUS"
    row "(c) baseline: read + YAMLMapper + bind, whole corpus" c "$REPS_CORPUS"
    row "(d) bare JVM: baseline on one file" d "$REPS_ONE"
    echo
    echo "| target | wall | CPU | target | met |"
    echo "|---|---|---|---|---|"
    echo "| (a)/(d) | $r_ad_w | $r_ad_c | ≤ 2 | wall $(verdict "$r_ad_w" 2), CPU $(verdict "$r_ad_c" 2) |"
    echo "| (b)/(c) | $r_bc_w | $r_bc_c | ≤ 2 | wall $(verdict "$r_bc_w" 2), CPU $(verdict "$r_bc_c" 2) |"
    echo "| peak RSS of (b) | $rss_b MiB | | ≤ 512 MiB | $(verdict "$rss_b" 512) |"
    echo
    if awk -v l="${load_start%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
        echo "**The machine was busy (load average above its $(nproc) CPUs): wall times include waiting for a CPU. Compare CPU times.**"
        echo
    fi
    echo "Per protocol in (b), median CPU: $(awk -v b="${C[b]}" -v a="${C[a]}" -v n="$N" 'BEGIN { printf "%.2f ms (all in); %.2f ms beyond the cold start of (a)", b * 1000 / n, (b - a) * 1000 / n }')."
    echo
    echo "## Setup"
    echo
    echo "* machine: $(nproc) CPUs ($cpu_model), $mem_total RAM; $(uname -sr)"
    echo "* load average (1, 5, 15 min): $load_start at the start, $load_end at the end"
    echo "* java: $java_version"
    echo "* tool (a, b): \`${TOOL[*]}\`; BASELINE_JAVA_OPTS (c, d): \`${BASELINE_JAVA_OPTS:-none}\`"
    echo "* jar: $JAR ($(stat -c %s "$JAR") bytes, built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)); working tree at commit $commit$dirty"
    echo "* corpus: $N generated protocols, seed $SEED, $corpus_mib MiB; one file: ${ONE#"$ROOT"/}; check date $AS_OF"
    echo "* sample of ${#sample[@]} corpus files checked with the tool: $sample_summary"
    echo "* timer: $TIMER_DESC"
    echo
    echo "Raw runs (wall s, CPU s, peak RSS KiB, exit code):"
    echo
    for x in a b c d; do echo "* ($x) $(tr '\n' ';' <"$WORK/times-$x" | sed 's/;$//; s/;/; /g')"; done
} >"$WORK/results.md"

if [[ $BENCH_PHASES == 1 ]]; then
    say "bench: breakdown with bench/Phases.java ($PHASES_FILES files)"
    # shellcheck disable=SC2086
    if java $PHASES_OPTS -cp "$JAR:$CLASSES" Phases "$ONE" "$CORPUS" "$AS_OF" "$PHASES_FILES" >"$WORK/phases.txt" 2>"$WORK/phases.err"; then
        {
            echo
            echo "## Where the time goes (bench/Phases.java, one run, JVM options: ${PHASES_OPTS:-none})"
            echo
            echo '```'
            cat "$WORK/phases.txt"
            echo '```'
        } >>"$WORK/results.md"
    else
        say "bench: warning: the breakdown failed (see $WORK/phases.err)"
    fi
fi

cp "$WORK/results.md" "$RESULTS"
cp "$WORK/results.md" "$WORK/results-$N-$(date -u +%Y%m%dT%H%M%SZ).md"
cat "$WORK/results.md"
say "bench: written to ${RESULTS#"$ROOT"/}"
