// Token-count oracle for skillpack's tokenizer parity tests.
//
// Not run by the build. Run it from a scratch folder where the npm package
// `tiktoken` is installed (never install it into the repository):
//
//   mkdir -p /tmp/x && cd /tmp/x && npm install tiktoken@1.0.22
//   cp <repo>/core/src/test/resources/tokens/generate.mjs .
//   node generate.mjs <repo>/core/src/test/resources/tokens             > expected.tsv
//   node generate.mjs --recursive <repo>/core/src/test/resources/real-skills > real-skills.tsv
//
// Each file is read as bytes and decoded as UTF-8 *without* stripping a byte
// order mark (Buffer#toString keeps U+FEFF, like Java's Files.readString) and
// without touching line endings. The text is encoded with encode_ordinary, i.e.
// special-token strings such as "<|endoftext|>" are encoded as plain text.
// This is what jtokkit's Encoding#countTokensOrdinary must reproduce.
//
// Output: TSV with a header line `file<TAB>o200k_base<TAB>cl100k_base`, one row
// per file, sorted by path (UTF-16 code unit order of the path string), paths
// relative to <dir> with forward slashes. Non-recursive mode counts only the
// regular files directly in <dir>. In both modes the files expected.tsv,
// real-skills.tsv, README.md, generate.mjs and .gitattributes directly in <dir>
// are skipped (deeper files of those names are counted).

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { get_encoding } from "tiktoken";

const args = process.argv.slice(2);
const recursive = args[0] === "--recursive";
if (recursive) args.shift();
if (args.length !== 1) {
  console.error("usage: node generate.mjs [--recursive] <dir>");
  process.exit(2);
}
const root = args[0];
const SKIP = new Set(["expected.tsv", "real-skills.tsv", "README.md", "generate.mjs", ".gitattributes"]);

function list(dir, top) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (recursive) out.push(...list(p, false));
    } else if (st.isFile()) {
      if (top && SKIP.has(name)) continue;
      out.push(p);
    }
  }
  return out;
}

const files = list(root, true)
  .map((p) => relative(root, p).split(sep).join("/"))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const o200k = get_encoding("o200k_base");
const cl100k = get_encoding("cl100k_base");
const lines = ["file\to200k_base\tcl100k_base"];
for (const rel of files) {
  const text = readFileSync(join(root, rel)).toString("utf8");
  lines.push(`${rel}\t${o200k.encode_ordinary(text).length}\t${cl100k.encode_ordinary(text).length}`);
}
o200k.free();
cl100k.free();
process.stdout.write(lines.join("\n") + "\n");
