// build.log holds both builds. The first: package validates, logs the finding with its file, line and rule,
// refuses the pack with errors, and the build fails with nothing packaged. The second, with
// -Dskillpack.packageWithErrors=true, reuses the first one's validation (the pack is unchanged), warns
// and packages.
def log = new File(basedir, 'build.log').text
def finding = '[ERROR] src/main/skills/release-notes/SKILL.md:3:14: error SP013(description-length) description is 1148 characters; the limit is 1024'
assert log.contains(finding)
assert log.count(finding) == 1
assert log.contains('[INFO] skillpack: 1 error, 0 warnings, 0 infos in 1 skill (1 file); target agentskills (default) (unchanged since the last validation')
def refusal = 'the skill pack has 1 error and is not packaged; fix it (see the lines above or the skillpack:validate report), or set packageWithErrors (-Dskillpack.packageWithErrors) to package it anyway'
// Maven repeats the failure message in its error summary (and, with -e, the stack trace): present, in build 1 only
assert log.contains(refusal)
assert log.lastIndexOf(refusal) < log.indexOf('packaging a pack with 1 error')
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] skillpack: packaging a pack with 1 error because packageWithErrors is set')
assert log.contains('[INFO] skillpack: attached target/skillpack/release-notes.skill (classifier release-notes)')
assert log.contains('BUILD SUCCESS')
// The refusal comes before anything is written: the failed build's output is only what the second wrote.
assert log.indexOf(refusal) < log.indexOf('packaging a pack with 1 error')
def archive = new File(basedir, 'target/skillpack/release-notes.skill')
assert archive.isFile()
def names = new java.util.zip.ZipFile(archive).withCloseable { z -> z.entries().collect { it.name } }
assert names == ['release-notes/', 'release-notes/SKILL.md']
assert new File(basedir, 'target/classes/META-INF/skills/index.json').isFile()
return true
