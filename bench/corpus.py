#!/usr/bin/env python3
"""corpus.py N OUT -- writes a pack of N skills into OUT (which must not exist yet).
corpus.py --huge LINES OUT -- writes one skill whose SKILL.md has LINES lines (200000: about 16 MB).

The seed material is the real published skills checked in under
core/src/test/resources/real-skills (7 skills, each with its own licence file; see the README
there). Copy i of seed s becomes OUT/<s>-<i>/ with `name: <s>-<i>` in its front matter, so the
pack stays valid. Every file's text is made unique per copy (a trailing HTML comment in Markdown,
a trailing line elsewhere), so no tool can win a benchmark by de-duplicating identical files.
Deterministic: the same N gives the same bytes.
"""
import os
import re
import sys
from pathlib import Path

def huge(lines, out):
    """One skill: front matter, then the seeds' Markdown lines over and over, each made unique."""
    seeds_root = Path(__file__).resolve().parent.parent / "core/src/test/resources/real-skills"
    source = []
    for f in sorted(seeds_root.glob("*/*/**/*.md")):
        source += [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("---")]
    head = ["---", "name: huge", "description: One very long skill for timing. Use when measuring.", "---", ""]
    body = []
    i = 0
    while len(head) + len(body) < lines:
        line = source[i % len(source)]
        # a fence or front-matter marker repeated out of context would change the document's shape
        if not line.lstrip().startswith(("```", "~~~", "<")):
            body.append(f"{line} ({i})")
        i += 1
    (out / "huge").mkdir(parents=True)
    (out / "huge" / "SKILL.md").write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"corpus.py: one SKILL.md of {lines} lines in {out}/huge", file=sys.stderr)
    return 0

def main(argv):
    if len(argv) == 4 and argv[1] == "--huge" and argv[2].isdigit() and not Path(argv[3]).exists():
        return huge(int(argv[2]), Path(argv[3]))
    if len(argv) != 3 or not argv[1].isdigit():
        print("usage: bench/corpus.py N OUT", file=sys.stderr)
        return 2
    n, out = int(argv[1]), Path(argv[2])
    if out.exists():
        print(f"corpus.py: {out} exists; give a new folder", file=sys.stderr)
        return 2
    seeds_root = Path(__file__).resolve().parent.parent / "core/src/test/resources/real-skills"
    seeds = sorted(p for p in seeds_root.glob("*/*") if (p / "SKILL.md").is_file())
    files = {s: sorted((f.relative_to(s), f.read_bytes()) for f in s.rglob("*") if f.is_file()) for s in seeds}
    name_line = re.compile(rb"^name: .*$", re.M)
    for i in range(n):
        seed = seeds[i % len(seeds)]
        label = f"{seed.parent.name}/{seed.name}"
        name = f"{seed.name}-{i}"
        dest = out / name
        for rel, data in files[seed]:
            if str(rel) == "SKILL.md":
                data = name_line.sub(b"name: " + name.encode(), data, count=1)
            if rel.suffix == ".md":
                data += f"\n<!-- corpus copy {i} of {label} -->\n".encode()
            else:
                data += f"\ncorpus copy {i} of {label}\n".encode()
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    print(f"corpus.py: {n} skills in {out}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
