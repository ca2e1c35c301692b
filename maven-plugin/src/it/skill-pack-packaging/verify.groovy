// A pom with <packaging>skill-pack</packaging> and the plugin as an extension validates and packages the
// example-skills pack: the main jar holds only the classpath layout, and install publishes the jar (type
// jar, so consumers depend on it like any jar), the .skill archive and the Claude Code plugin zip.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains(':validate (default-validate) @ secure-web-skills')
assert log.contains(':package (default-package) @ secure-web-skills')
assert log =~ /\[INFO\] skillpack: no problems in 1 skill \(\d+ files\)/
assert log =~ /\[INFO\] skillpack: packaged 1 skill \(\d+ files\) into target\/secure-web-skills-1.0.jar/
assert log.contains('BUILD SUCCESS')

def skill = new File(basedir, 'src/main/skills/secure-web-development')
def jarFile = new File(basedir, 'target/secure-web-skills-1.0.jar')
def zip = new ZipFile(jarFile)
try {
    def names = zip.entries().collect { it.name }
    assert names.contains('META-INF/MANIFEST.MF')
    assert names.contains('META-INF/skills/index.json')
    assert names.every { it.startsWith('META-INF/') }
    assert !names.any { it.contains('.skillpack.yaml') }
    skill.eachFileRecurse { f ->
        if (f.isFile()) {
            def name = 'META-INF/resources/skills/secure-web-development/' + skill.toPath().relativize(f.toPath()).toString().replace('\\', '/')
            assert zip.getEntry(name) != null : name
            assert zip.getInputStream(zip.getEntry(name)).bytes == f.bytes : name
        }
    }
} finally {
    zip.close()
}
def repo = new File(localRepositoryPath, 'dev/skillpack/it/secure-web-skills/1.0')
assert new File(repo, 'secure-web-skills-1.0.jar').bytes == jarFile.bytes
assert new File(repo, 'secure-web-skills-1.0.pom').text.contains('<packaging>skill-pack</packaging>')
assert new File(repo, 'secure-web-skills-1.0-secure-web-development.skill').bytes == new File(basedir, 'target/skillpack/secure-web-development.skill').bytes
assert new File(repo, 'secure-web-skills-1.0-claude-plugin.zip').isFile()
return true
