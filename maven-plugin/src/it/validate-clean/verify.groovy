// The clean pack passes and the summary names one skill and no errors.
def log = new File(basedir, 'build.log').text
assert log.contains('skillpack: 1 skill, 0 errors, 0 warnings')
assert log.contains('BUILD SUCCESS')
return true
