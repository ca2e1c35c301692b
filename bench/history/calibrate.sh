#!/bin/sh
# Calibrates the history rules (SP501-SP504) on a public pack's real git history.
# The public packs tag whole-repository releases, not <skill>/v<version>, so this script copies the
# clone (never writes into it) and re-creates what a team using skillpack's release tags would have:
# for every skill whose SKILL.md has metadata.version, the tag <name>/v<version> on the first commit
# whose SKILL.md says that version. Then it validates HEAD with only the history rules.
# The git binary is used here, in a calibration script, never in skillpack's code path.
#
# usage: bench/history/calibrate.sh /work/refs/vercel-agent-skills [skillpack-cli.jar]
set -eu
src=$1
jar=${2:-validator/target/skillpack-cli.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --no-hardlinks "$src" "$work/pack"
cd "$work/pack"
git ls-files '*SKILL.md' | while read -r file; do
    name=$(sed -n 's/^name: *//p' "$file" | head -1 | tr -d '"'"'"'')
    [ -n "$name" ] || continue
    # every commit that touched the file, oldest first; tag the first commit of each version
    seen=""
    for commit in $(git log --reverse --format=%H --follow -- "$file"); do
        version=$(git show "$commit:$file" 2>/dev/null | sed -n '/^metadata:/,/^[^ ]/s/^ *version: *//p' | head -1 | tr -d '"'"'"'')
        [ -n "$version" ] || continue
        case " $seen " in *" $version "*) continue ;; esac
        seen="$seen $version"
        git tag -a -m "$name $version" "$name/v$version" "$commit" 2>/dev/null && echo "tagged $name/v$version at $(git rev-parse --short "$commit")"
    done
done
cd - >/dev/null
java -jar "$jar" validate --rule SP501 --rule SP502 --rule SP503 --rule SP504 --fail-on none --max-findings 0 "$work/pack"
