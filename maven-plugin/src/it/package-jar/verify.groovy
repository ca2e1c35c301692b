// skillpack:package in a jar project: the jar maven-jar-plugin builds holds the skill in the classpath layout
// with its index, build junk and configured excludes left out; the .skill archive and the Claude Code plugin
// zip are attached and installed byte for byte; every archive entry carries project.build.outputTimestamp.
import java.security.MessageDigest
import java.time.LocalDateTime
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def skill = new File(basedir, 'src/main/skills/release-notes')
def sha = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
def read = { File zipFile ->
    def zip = new ZipFile(zipFile)
    try {
        def entries = [:]
        zip.entries().each { e -> entries[e.name] = [bytes: e.directory ? null : zip.getInputStream(e).bytes, time: e.timeLocal] }
        return entries
    } finally {
        zip.close()
    }
}
def stamp = LocalDateTime.parse('2026-01-01T00:00:00')

assert log =~ /\[INFO\] skillpack: .* in 1 skill \(4 files\)/
assert log.contains('[INFO] skillpack: left out of release-notes: __pycache__/notes.cpython-312.pyc, drafts/ideas.md')
assert log.contains('[INFO] skillpack: added 1 skill (2 files) to target/classes under META-INF/resources/skills/, with META-INF/skills/index.json')
assert log.contains('[INFO] skillpack: attached target/skillpack/release-notes.skill (classifier release-notes)')
assert log.contains('BUILD SUCCESS')

// The main jar
def jar = read(new File(basedir, 'target/package-jar-1.0.jar'))
def root = 'META-INF/resources/skills/release-notes/'
assert jar[root + 'SKILL.md'].bytes == new File(skill, 'SKILL.md').bytes
assert jar[root + 'references/format.md'].bytes == new File(skill, 'references/format.md').bytes
assert jar.keySet().findAll { it.startsWith(root) && !it.endsWith('/') } as Set == [root + 'SKILL.md', root + 'references/format.md'] as Set
def index = new String(jar['META-INF/skills/index.json'].bytes, 'UTF-8')
assert index.contains('"skillpack-skill-index"')
assert index.contains('"release-notes"')
assert index.contains(sha(new File(skill, 'SKILL.md').bytes))
assert index.contains(sha(new File(skill, 'references/format.md').bytes))

// The .skill archive: one top-level folder, sorted entries, one time stamp
def archiveFile = new File(basedir, 'target/skillpack/release-notes.skill')
def archive = read(archiveFile)
assert archive.keySet() as List == ['release-notes/', 'release-notes/SKILL.md', 'release-notes/references/', 'release-notes/references/format.md']
assert archive['release-notes/SKILL.md'].bytes == new File(skill, 'SKILL.md').bytes
assert archive['release-notes/references/format.md'].bytes == new File(skill, 'references/format.md').bytes
assert archive.values().every { it.time == stamp }

// The Claude Code plugin zip
def pluginFile = new File(basedir, 'target/skillpack/package-jar-claude-plugin.zip')
def plugin = read(pluginFile)
assert plugin['package-jar/skills/release-notes/SKILL.md'].bytes == new File(skill, 'SKILL.md').bytes
def manifest = new String(plugin['package-jar/.claude-plugin/plugin.json'].bytes, 'UTF-8')
assert manifest.contains('"name": "package-jar"') || manifest.contains('"name":"package-jar"')
assert manifest.contains('Release notes skills for the package IT.')
assert plugin.values().every { it.time == stamp }

// install published both attachments, byte for byte
def repo = new File(localRepositoryPath, 'dev/skillpack/it/package-jar/1.0')
assert new File(repo, 'package-jar-1.0-release-notes.skill').bytes == archiveFile.bytes
assert new File(repo, 'package-jar-1.0-claude-plugin.zip').bytes == pluginFile.bytes
assert new File(repo, 'package-jar-1.0.jar').bytes == new File(basedir, 'target/package-jar-1.0.jar').bytes
return true
