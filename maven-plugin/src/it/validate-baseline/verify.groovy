// Gradual adoption: a pack with three spec errors builds once they are in the baseline, the summary counts
// them as suppressed, and the baseline names the file relative to its own folder.
def log = new File(basedir, 'build.log').text
assert log.contains('skillpack: wrote 3 findings to baseline skillpack-baseline.json')
assert log.contains('skillpack: no problems in 1 skill (1 file); 3 suppressed')
assert !log.contains('BUILD FAILURE')
def baseline = new File(basedir, 'skillpack-baseline.json').text
assert baseline.contains('"src/main/skills/release-notes/SKILL.md"')
return true
