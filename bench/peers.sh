#!/usr/bin/env bash
# peers.sh CORPUS [RUNS] — times skillpack and its peers on the same pack, in one go.
#
# Each tool runs RUNS times (default 5) in turn; the table shows the median wall time, the median CPU
# time (user + system) and the median peak RSS, and the ratio of skillpack's median wall time to each
# peer's (below 1: skillpack is faster). Tools:
#   skillpack       java -jar validator/target/skillpack-cli.jar validate --no-cache CORPUS (the launcher's JVM
#                   options; no findings cache, so every run is cold)
#   skill-check     npm skill-check@1.2.0: check CORPUS --no-security-scan --no-installs
#   markdownlint    npm markdownlint-cli2@0.24.1 on every .md file of CORPUS
#   skills-ref      the Python reference validator (agentskills/agentskills skills-ref), one process per skill
#   skills-ref-js   npm skills-ref@0.1.5, one process per skill
#   limit           not a peer: dev.skillpack.bench.LimitRun, which only reads, parses (commonmark) and counts the
#                   tokens of every .md file of CORPUS on every core, with skillpack's JVM options; its wall
#                   time is the floor for any validator that parses every Markdown file and counts its
#                   tokens (needs bench/target/benchmarks.jar; LIMIT=0 leaves it and the next out)
#   limit-parse     the same with --parse-only: reads and parses, counts no tokens
# Peers are looked for in $PEERS (default /tmp/peers): node_modules/.bin/{skill-check,markdownlint-cli2,
# skills-ref} and bin/skills-ref-py; see bench/README.md for how to install them there. A peer that is
# not installed is left out with a note; PER_SKILL=0 leaves out the two one-process-per-skill validators
# (on a loaded machine they take minutes per run). Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: bench/peers.sh CORPUS [RUNS]" >&2
  exit 2
fi
CORPUS="$(cd "$1" && pwd)"
RUNS="${2:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS="${PEERS:-/tmp/peers}"
JAR="$ROOT/validator/target/skillpack-cli.jar"
JAVA_OPTS="${SKILLPACK_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
[ -x /usr/bin/time ] || { echo "peers.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "peers.sh: build the CLI first: ./mvnw -B -pl validator -am package -DskipTests" >&2; exit 2; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# every skill folder (a folder holding SKILL.md), for the one-process-per-skill tools
find "$CORPUS" -name SKILL.md -not -path '*/node_modules/*' -not -path '*/.git/*' -printf '%h\n' | LC_ALL=C sort >"$OUT/skills"
find "$CORPUS" -name '*.md' -not -path '*/node_modules/*' -not -path '*/.git/*' | LC_ALL=C sort >"$OUT/md"
echo "corpus: $CORPUS ($(wc -l <"$OUT/skills") skills, $(wc -l <"$OUT/md") Markdown files, $(du -sh "$CORPUS" | cut -f1)); $RUNS runs each"
echo "load before: $(uptime | sed 's/.*load average/load average/')"

declare -a NAMES=() CMDS=()
add() { NAMES+=("$1"); CMDS+=("$2"); }
# --no-cache: every run cold, none helped by the findings cache of an earlier run
add skillpack "java $JAVA_OPTS -jar '$JAR' validate --no-cache --format json --fail-on none '$CORPUS'"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
if [ "${LIMIT:-1}" = 0 ]; then
  echo "note: LIMIT=0, the limit run is left out"
elif [ -f "$BENCH_JAR" ]; then
  add limit "java $JAVA_OPTS -cp '$BENCH_JAR' dev.skillpack.bench.LimitRun '$CORPUS'"
  add limit-parse "java $JAVA_OPTS -cp '$BENCH_JAR' dev.skillpack.bench.LimitRun --parse-only '$CORPUS'"
else echo "note: no $BENCH_JAR (./mvnw -B -pl bench -am package -DskipTests), the limit run is left out"; fi
if [ -x "$PEERS/node_modules/.bin/skill-check" ]; then
  add skill-check "'$PEERS/node_modules/.bin/skill-check' check '$CORPUS' --no-security-scan --no-installs --format json"
else echo "note: skill-check not installed in $PEERS, left out"; fi
if [ -x "$PEERS/node_modules/.bin/markdownlint-cli2" ]; then
  add markdownlint "'$PEERS/node_modules/.bin/markdownlint-cli2' '$CORPUS/**/*.md'"
else echo "note: markdownlint-cli2 not installed in $PEERS, left out"; fi
if [ "${PER_SKILL:-1}" = 0 ]; then
  echo "note: PER_SKILL=0, the one-process-per-skill validators are left out"
elif [ -x "$PEERS/bin/skills-ref-py" ]; then
  add skills-ref "while IFS= read -r s; do '$PEERS/bin/skills-ref-py' validate \"\$s\"; done <'$OUT/skills'"
else echo "note: the Python skills-ref not installed in $PEERS, left out"; fi
if [ "${PER_SKILL:-1}" != 0 ] && [ -x "$PEERS/node_modules/.bin/skills-ref" ]; then
  add skills-ref-js "while IFS= read -r s; do '$PEERS/node_modules/.bin/skills-ref' validate \"\$s\"; done <'$OUT/skills'"
fi

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cd "$OUT"  # no tool picks up a config file from the caller's folder
for ((run = 1; run <= RUNS; run++)); do
  for i in "${!NAMES[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/t" bash -c "${CMDS[$i]}" >/dev/null 2>&1 || true
    # GNU time puts "Command exited with non-zero status N" first when a tool reports findings
    read -r wall user sys rss < <(tail -1 "$OUT/t")
    echo "$wall" >>"$OUT/${NAMES[$i]}.wall"
    awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >>"$OUT/${NAMES[$i]}.cpu"
    echo "$rss" >>"$OUT/${NAMES[$i]}.rss"
  done
done

SP_WALL="$(median <"$OUT/skillpack.wall")"
printf '\n| tool | median wall s | median CPU s | median peak RSS MB | skillpack wall / tool wall |\n|---|---|---|---|---|\n'
for name in "${NAMES[@]}"; do
  wall="$(median <"$OUT/$name.wall")"
  cpu="$(median <"$OUT/$name.cpu")"
  rss="$(median <"$OUT/$name.rss")"
  printf '| %s | %.2f | %.2f | %.0f | %s |\n' "$name" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
    "$(awk -v a="$SP_WALL" -v b="$wall" 'BEGIN { printf "%.2f", a / b }')"
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"
