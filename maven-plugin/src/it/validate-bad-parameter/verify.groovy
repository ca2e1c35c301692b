// An unknown report format stops the build before anything is read: the message names the parameter,
// the value and the allowed ones, and neither findings nor reports appear although the pack is broken.
def log = new File(basedir, 'build.log').text
assert log.contains("formats: unknown report format 'xml'; allowed: text, json, sarif, github, junit")
assert !log.contains('SKILL.md:')
assert !new File(basedir, 'target/skillpack').exists()
assert log.contains('BUILD FAILURE')
return true
