// install-skills copies the skill of a dependency built by an earlier IT into .claude/skills, byte for byte,
// finds it up to date the second time, and leaves a hand-written skill of the same name in .agents/skills alone.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, '../package-jar/src/main/skills/release-notes')
def installed = new File(basedir, '.claude/skills/release-notes')
assert log.contains('[INFO] skillpack: installed release-notes from dev.skillpack.it:package-jar:1.0 into .claude/skills/release-notes (2 files)')
assert new File(installed, 'SKILL.md').bytes == new File(source, 'SKILL.md').bytes
assert new File(installed, 'references/format.md').bytes == new File(source, 'references/format.md').bytes
assert !new File(installed, 'drafts').exists()
assert new File(basedir, '.claude/skills/.skillpack-installed').text.contains(' SKILL.md')
assert log.contains('[INFO] skillpack: .claude/skills/release-notes is up to date (release-notes from dev.skillpack.it:package-jar:1.0)')
assert log.contains('not overwritten: .agents/skills/release-notes (it was not installed by skillpack). Keep your version, move it away, or set overwrite (-Dskillpack.overwrite) to replace it')
assert new File(basedir, '.agents/skills/release-notes/SKILL.md').text.contains('written by hand')
return true
