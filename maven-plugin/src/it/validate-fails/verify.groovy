// A name that breaks the spec fails the build with the finding's file, line and rule id.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/skills/release-notes/SKILL.md:2:7: error SP')
assert log.contains('skill pack has findings at or above error')
assert log.contains('BUILD FAILURE')
return true
