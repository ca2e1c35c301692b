// -Dskillpack.skip skips the goal before any parameter check or validation: the broken pack builds.
def log = new File(basedir, 'build.log').text
assert log.contains('skillpack: validate skipped (skip is set)')
assert !log.contains('SKILL.md:')
assert !new File(basedir, 'target/skillpack').exists()
assert log.contains('BUILD SUCCESS')
return true
