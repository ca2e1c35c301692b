#!/usr/bin/env bash
# scale.sh [RUNS] [WORK] — the CLI's scaling figures, each a median of RUNS runs (default 5):
#   linearity   100, 1,000 and 10,000 generated skills; prints time(1,000)/time(100) and
#               time(10,000)/time(1,000) (the target is at most 11 for 10x the skills). A source reads
#               at most 10,000 files, so the 10,000-skill corpus is ten folders of 1,000, given as ten PATHs.
#   heap        1,000 skills with -Xmx256m: exit code and peak RSS
#   huge        one SKILL.md of 200,000 lines (about 12 MB), and one of about 16 MB (270,000 lines)
#   cold        one small real skill (openai/linear), JVM start-up included, without and with the class-data
#               archive the launchers record on first use; beside it the Python reference validator and two
#               floors: a JVM printing hello world, and a JVM that only reads and parses the skill with
#               commonmark (bench's LimitRun --parse-only; left out when bench/target/benchmarks.jar is missing)
#   cached      the same skill and 1,000 skills again, unchanged, with a warm cache (the run is replayed from
#               the run cache: inputs checked by their status, no file parsed), and 1,000 skills with one file
#               edited before each run (a replay miss: every file is parsed, only the edited skill's rules run);
#               with the class-data archive, as the launchers run it
# Every other figure is cold: --no-cache, so no run is won by an earlier one.
# Corpora are generated once into WORK (default /tmp/skillpack-bench) with bench/corpus.py. Needs GNU time.
# LIMIT_10K=0 leaves out the 10,000-skill runs (they take long on a small machine).
set -euo pipefail
RUNS="${1:-5}"
WORK="${2:-/tmp/skillpack-bench}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/validator/target/skillpack-cli.jar"
JAVA_OPTS="${SKILLPACK_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
[ -x /usr/bin/time ] || { echo "scale.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "scale.sh: build the CLI first: ./mvnw -B -pl validator -am package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
[ -d "$WORK/c100" ] || python3 "$ROOT/bench/corpus.py" 100 "$WORK/c100"
[ -d "$WORK/c1000" ] || python3 "$ROOT/bench/corpus.py" 1000 "$WORK/c1000"
if [ "${LIMIT_10K:-1}" != 0 ] && [ ! -d "$WORK/c10000" ]; then
  python3 "$ROOT/bench/corpus.py" 10000 "$WORK/c10000.flat"
  mkdir -p "$WORK/c10000"
  for ((part = 0; part < 10; part++)); do
    mkdir -p "$WORK/c10000/part$part"
    for ((i = part * 1000; i < (part + 1) * 1000; i++)); do
      mv "$WORK/c10000.flat/"*"-$i" "$WORK/c10000/part$part/"
    done
  done
  rmdir "$WORK/c10000.flat"
fi
[ -d "$WORK/huge200k" ] || python3 "$ROOT/bench/corpus.py" --huge 200000 "$WORK/huge200k"
[ -d "$WORK/huge16m" ] || python3 "$ROOT/bench/corpus.py" --huge 270000 "$WORK/huge16m"
SMALL="$ROOT/core/src/test/resources/real-skills/openai/linear"

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
T="$(mktemp)"
trap 'rm -f "$T" "$T".*' EXIT
# measure_command NAME COMMAND... — RUNS runs of COMMAND; prints "NAME wall cpu rssMB rc" with medians
measure_command() {
  local name="$1"
  shift
  rm -f "$T".wall "$T".cpu "$T".rss
  local rc=0
  for ((run = 1; run <= RUNS; run++)); do
    rc=0
    [ -n "${BEFORE_EACH:-}" ] && eval "$BEFORE_EACH"
    /usr/bin/time -f "%e %U %S %M" -o "$T" "$@" >/dev/null 2>"$T.err" || rc=$?
    read -r wall user sys rss < <(tail -1 "$T")
    echo "$wall" >>"$T.wall"
    awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >>"$T.cpu"
    echo "$rss" >>"$T.rss"
  done
  printf '| %s | %.2f | %.2f | %.0f | %s |\n' "$name" "$(median <"$T.wall")" "$(median <"$T.cpu")" \
    "$(median <"$T.rss" | awk '{ print $1 / 1024 }')" "$rc"
  median <"$T.wall" >"$T.last"
}
# measure NAME OPTS PATH... — RUNS runs of skillpack validate on PATH...
measure() {
  local name="$1" opts="$2"
  shift 2
  # shellcheck disable=SC2086
  measure_command "$name" java $opts -jar "$JAR" validate --format json --fail-on none ${CACHE_ARGS---no-cache} "$@"
}
echo "runs: $RUNS; load before: $(uptime | sed 's/.*load average/load average/')"
printf '| case | median wall s | median CPU s | median peak RSS MB | exit code (last run) |\n|---|---|---|---|---|\n'
measure "cold: one small skill" "$JAVA_OPTS" "$SMALL"
# as the launchers run it: with the class-data archive the first validate records (here recorded once, unmeasured;
# the launchers set skillpack.cds.recording, which loads the replay path's classes too)
CDS="$WORK/skillpack-cli.jsa"
rm -f "$CDS"
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS" -Dskillpack.cds.recording=true -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" validate --no-cache \
  "$ROOT/example-skills/src/main/skills" >/dev/null 2>&1 || true
measure "cold: one small skill, class-data archive" "$JAVA_OPTS -XX:SharedArchiveFile=$CDS -Xshare:auto -Xlog:cds=off" "$SMALL"
PEERS="${PEERS:-/tmp/peers}"
if [ -x "$PEERS/bin/skills-ref-py" ]; then
  measure_command "cold: the same skill, Python skills-ref" "$PEERS/bin/skills-ref-py" validate "$SMALL"
fi
# the floors under the cold start: the JVM alone, and a JVM that only reads and parses the same skill with
# commonmark (bench's LimitRun --parse-only, with its own class-data archive recorded once, unmeasured)
mkdir -p "$WORK/hello"
printf 'class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' >"$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"
# shellcheck disable=SC2086
measure_command "floor: hello world, JVM's default archive" java $JAVA_OPTS -Xshare:auto -cp "$WORK/hello" Hello
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
if [ -f "$BENCH_JAR" ]; then
  LIMIT_CDS="$WORK/limit.jsa"
  rm -f "$LIMIT_CDS"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$LIMIT_CDS" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$BENCH_JAR" \
    dev.skillpack.bench.LimitRun --parse-only "$SMALL" >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  measure_command "floor: parse the same skill only, archive" java $JAVA_OPTS -XX:SharedArchiveFile="$LIMIT_CDS" \
    -Xshare:auto -Xlog:cds=off -cp "$BENCH_JAR" dev.skillpack.bench.LimitRun --parse-only "$SMALL"
else
  echo "note: no $BENCH_JAR (./mvnw -B -pl bench -am package -DskipTests), the parse floor is left out"
fi
measure "100 skills" "$JAVA_OPTS" "$WORK/c100"; W100="$(cat "$T.last")"
measure "1,000 skills" "$JAVA_OPTS" "$WORK/c1000"; W1000="$(cat "$T.last")"
if [ "${LIMIT_10K:-1}" != 0 ]; then
  measure "10,000 skills (10 PATHs)" "$JAVA_OPTS" "$WORK"/c10000/part*; W10000="$(cat "$T.last")"
fi
measure "1,000 skills, -Xmx256m" "$JAVA_OPTS -Xmx256m" "$WORK/c1000"
measure "SKILL.md of 200,000 lines ($(du -h "$WORK/huge200k/huge/SKILL.md" | cut -f1))" "$JAVA_OPTS" "$WORK/huge200k/huge"
measure "SKILL.md of $(du -h "$WORK/huge16m/huge/SKILL.md" | cut -f1)" "$JAVA_OPTS" "$WORK/huge16m/huge"
# the caches: a fresh cache folder, filled by one unmeasured run, then RUNS runs on unchanged files; with the
# class-data archive, as the launchers run it (an unchanged pack's run is replayed: see docs/cli.md)
CACHE="$WORK/cache"
rm -rf "$CACHE"
export SKILLPACK_CACHE_DIR="$CACHE"
CACHE_ARGS=""
CDS_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$CDS -Xshare:auto -Xlog:cds=off"
# shellcheck disable=SC2086
java $CDS_OPTS -jar "$JAR" validate --format json --fail-on none "$SMALL" >/dev/null 2>&1 || true
measure "cached: one small skill, unchanged" "$CDS_OPTS" "$SMALL"
# shellcheck disable=SC2086
java $CDS_OPTS -jar "$JAR" validate --format json --fail-on none "$WORK/c1000" >/dev/null 2>&1 || true
measure "cached: 1,000 skills, unchanged" "$CDS_OPTS" "$WORK/c1000"
# a reference file (the seed skills name the folder reference/ or references/), else any Markdown file but SKILL.md
EDITED="$(find "$WORK/c1000" \( -path '*/reference/*.md' -o -path '*/references/*.md' \) | LC_ALL=C sort | awk 'NR == 1')"
[ -n "$EDITED" ] || EDITED="$(find "$WORK/c1000" -name '*.md' ! -name SKILL.md | LC_ALL=C sort | awk 'NR == 1')"
[ -n "$EDITED" ] || { echo "scale.sh: no Markdown file to edit in $WORK/c1000" >&2; exit 2; }
cp "$EDITED" "$T.orig"
BEFORE_EACH='printf "\nedited at %s\n" "$(date +%s%N)" >>"$EDITED"'
measure "cached: 1,000 skills, one file edited" "$CDS_OPTS" "$WORK/c1000"
BEFORE_EACH=""
cp "$T.orig" "$EDITED"
unset SKILLPACK_CACHE_DIR CACHE_ARGS
echo
awk -v a="$W1000" -v b="$W100" 'BEGIN { printf "linearity: wall(1,000) / wall(100) = %.2f\n", a / b }'
if [ -n "${W10000:-}" ]; then
  awk -v a="$W10000" -v b="$W1000" 'BEGIN { printf "linearity: wall(10,000) / wall(1,000) = %.2f\n", a / b }'
fi
echo "load after: $(uptime | sed 's/.*load average/load average/')"
