// The clean pack passes with the CLI's summary, the report paths are logged, and the second build of the
// unchanged pack only repeats the summary from the stamp instead of validating again.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] skillpack: no problems in 1 skill (1 file)\n')
assert log.contains('[INFO] skillpack: report target/skillpack/skillpack.json')
assert log.contains('[INFO] skillpack: report target/skillpack/skillpack.sarif')
assert log.contains('[INFO] skillpack: no problems in 1 skill (1 file) (unchanged since the last build; validation skipped, -Dskillpack.force=true runs it again)')
assert log.count('skillpack: report target/skillpack/skillpack.json') == 1
assert !log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/skillpack/skillpack.sarif')
assert sarif.text.contains('"version": "2.1.0"') || sarif.text.contains('"version":"2.1.0"')
assert new File(basedir, 'target/skillpack/skillpack.json').isFile()
assert new File(basedir, 'target/skillpack/validate.stamp').isFile()
// The generated help goal lists the goals.
assert log.contains('skillpack:validate')
assert log.contains('skillpack:help')
return true
