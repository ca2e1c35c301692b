// A name that breaks the spec fails the build with the finding's file, line and rule id, and no up-to-date
// stamp is left, so the next build validates (and fails) again.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/skills/release-notes/SKILL.md:2:7: error SP')
assert log.contains('skill pack has findings at or above error: 3 errors, 0 warnings, 0 infos in 1 skill (1 file)')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/skillpack/skillpack.json').isFile()
assert !new File(basedir, 'target/skillpack/validate.stamp').exists()
return true
