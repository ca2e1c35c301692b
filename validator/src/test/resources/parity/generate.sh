#!/usr/bin/env bash
# Regenerates the skills-ref parity data in this folder. Not run by the build.
# See README.md beside this file for how to get the two tools; nothing is installed into the repo.
#
#   SKILLS_REF_SRC=/tmp/refs/skills-ref-py/skills-ref \
#   SKILLS_REF_NPM=/tmp/refs/node_modules/.bin/skills-ref \
#   bash generate.sh
#
# SKILLS_REF_SRC: the skills-ref/ folder of agentskills/agentskills (official Python reference
#                 validator), run as `python3 -m skills_ref.cli` with PYTHONPATH=$SKILLS_REF_SRC/src;
#                 needs click and strictyaml importable by $PYTHON (default /usr/bin/python3).
# SKILLS_REF_NPM: optional; the npm package `skills-ref` (a TypeScript port) for the second table.
set -euo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8   # Python's read_text() decodes with the locale's encoding
unset PYTHONUTF8 PYTHONIOENCODING || true

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
: "${SKILLS_REF_SRC:?set SKILLS_REF_SRC to the skills-ref/ folder of agentskills/agentskills}"

py_ref() { PYTHONPATH="$SKILLS_REF_SRC/src" PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m skills_ref.cli "$@"; }
npm_ref() { NO_COLOR=1 "$SKILLS_REF_NPM" "$@"; }

# clean: newlines/tabs -> spaces, trim.
clean() { tr '\t\r\n' '   ' | sed -e 's/  */ /g' -e 's/^ //' -e 's/ $//'; }

# Parse a validate run. Args: tool-function out-verdicts out-messages
run_validate() {
  local tool="$1" verdicts="$2" messages="$3"
  printf 'case\tverdict\tmessage\n' > "$verdicts"
  printf 'case\tindex\tmessage\n' > "$messages"
  local c dir folder rc out err verdict first
  for c in $(cd "$HERE/cases" && ls -1 | LC_ALL=C sort); do
    dir="$HERE/cases/$c"
    folder="$(cd "$dir" && ls -1A | head -n 1)"
    out="$(mktemp)"; err="$(mktemp)"
    set +e; (cd "$dir" && "$tool" validate "./$folder") >"$out" 2>"$err"; rc=$?; set -e
    if grep -q -e '^Traceback' -e '^    at ' -e 'Error: ' "$err" && ! grep -q '^Validation failed for ' "$err"; then
      verdict=crash
      first="$(grep -v '^\s*$' "$err" | grep -v '^    at ' | tail -n 1 | clean)"
      [ "$tool" = npm_ref ] && first="$(grep -v '^\s*$' "$err" | grep -m1 -E '^[A-Za-z]*Error' | clean)"
      printf '%s\t0\t%s\n' "$c" "$first" >> "$messages"
    elif [ "$rc" -eq 0 ] && grep -q '^Valid skill: ' "$out"; then
      verdict=valid; first=""
    else
      verdict=invalid
      # Error items start with "  - "; a multi-line message continues on the following lines.
      awk -v c="$c" '
        { gsub(/\t/, " ") }
        /^Validation failed for / { next }
        /^  - / { if (n) print c "\t" n "\t" m; n++; m = substr($0, 5); next }
        { if (n) m = m " " $0 }
        END { if (n) print c "\t" n "\t" m }' "$err" | tr '\r' ' ' | sed -e 's/ *$//' > "$out.msg"
      first="$(awk -F'\t' '$2 == 1 { print $3 }' "$out.msg")"
      [ -s "$out.msg" ] || first="$(head -n 1 "$err" | clean)"
      cat "$out.msg" >> "$messages"; rm -f "$out.msg"
    fi
    printf '%s\t%s\t%s\n' "$c" "$verdict" "$first" >> "$verdicts"
    rm -f "$out" "$err"
  done
}

run_validate py_ref "$HERE/skills-ref-verdicts.tsv" "$HERE/skills-ref-messages.tsv"
if [ -n "${SKILLS_REF_NPM:-}" ]; then
  run_validate npm_ref "$HERE/skills-ref-npm-verdicts.tsv" "$HERE/skills-ref-npm-messages.tsv"
fi

# read-properties for three valid cases, plus two that show quirks (nested metadata, "---" inside a value)
mkdir -p "$HERE/read-properties"
for c in valid-all-fields metadata-numeric-value multiline-description metadata-nested-map dashes-in-description; do
  folder="$(cd "$HERE/cases/$c" && ls -1A | head -n 1)"
  (cd "$HERE/cases/$c" && py_ref read-properties "./$folder") > "$HERE/read-properties/$c.json"
done

# to-prompt for the three skills in to-prompt/skills/, absolute prefix replaced by @ROOT@
ROOT="$(cd "$HERE/to-prompt/skills" && pwd -P)"
(cd "$ROOT" && py_ref to-prompt alpha-report beta-escape gamma-lower) > "$HERE/to-prompt/expected.raw.xml"
python3 - "$ROOT" "$HERE/to-prompt/expected.raw.xml" "$HERE/to-prompt/expected.xml" <<'PY'
import sys
root, src, dst = sys.argv[1:]
data = open(src, encoding="utf-8").read()
assert root in data, "absolute root not found in to-prompt output"
open(dst, "w", encoding="utf-8", newline="").write(data.replace(root, "@ROOT@"))
PY
rm -f "$HERE/to-prompt/expected.raw.xml"
echo "done: $(($(wc -l < "$HERE/skills-ref-verdicts.tsv") - 1)) cases; ROOT was $ROOT"
