// The project's skills are example-skills' real pack (with its .skillpack.yaml), copied in before the build,
// so this IT builds the repository's example pack with the skill-pack packaging and nothing else.
def from = new File(basedir, '../../../../example-skills/src/main/skills').canonicalFile
assert from.isDirectory() : "example-skills pack not found at ${from}"
def to = new File(basedir, 'src/main/skills')
from.eachFileRecurse { f ->
    def target = new File(to, from.toPath().relativize(f.toPath()).toString())
    if (f.isDirectory()) {
        target.mkdirs()
    } else {
        target.parentFile.mkdirs()
        target.bytes = f.bytes
    }
}
return true
