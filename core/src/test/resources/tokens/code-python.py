#!/usr/bin/env python3
"""Print the name and description length of every skill below a folder."""
import sys, re
from pathlib import Path

NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

def front_matter(text: str) -> dict[str, str]:
    if not text.startswith("---\n"):
        return {}
    head, _, _ = text[4:].partition("\n---")
    out = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep and not line[:1].isspace():
            out[key.strip()] = value.strip().strip('"\'')
    return out

for path in sorted(Path(sys.argv[1] if len(sys.argv) > 1 else ".").rglob("SKILL.md")):
    fm = front_matter(path.read_text(encoding="utf-8"))
    name = fm.get("name", "?")
    ok = "ok " if NAME_RE.match(name) else "BAD"
    print(f"{ok} {name:<40} {len(fm.get('description', '')):>5} chars  # {path}")
    if len(fm.get("description", "")) > 1_024:
        print("    \u26a0 description too long", file=sys.stderr)
