// A broken .skillpack.yaml stops the build as a setup error, naming the file, line and problem.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] .skillpack.yaml:2:3: ')
assert log.contains('no-such-rule')
assert log.contains('the skillpack configuration is invalid: 1 problem, see the lines above')
assert log.contains('BUILD FAILURE')
return true
