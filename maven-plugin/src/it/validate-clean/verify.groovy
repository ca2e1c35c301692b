// The clean pack passes, the summary names one skill and no errors, and the default reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('skillpack: no problems in 1 skill (1 file)')
assert log.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/skillpack/skillpack.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version": "2.1.0"') || sarif.text.contains('"version":"2.1.0"')
assert new File(basedir, 'target/skillpack/skillpack.json').isFile()
return true
