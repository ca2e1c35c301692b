// The clean pack passes with the CLI's summary, the report paths are logged, and the second build of the
// unchanged pack only repeats the summary from the stamp instead of validating again.
def log = new File(basedir, 'build.log').text
// the CLI's last line: summary sentence; target and how it was chosen
assert log.contains('[INFO] skillpack: no problems in 1 skill (1 file); target agentskills (default)\n')
assert log.contains('[INFO] skillpack: report target/skillpack/skillpack.json')
assert log.contains('[INFO] skillpack: report target/skillpack/skillpack.sarif')
assert log.contains('[INFO] skillpack: no problems in 1 skill (1 file); target agentskills (default) (unchanged since the last validation, not validated again; -Dskillpack.force=true validates)')
assert log.count('skillpack: report target/skillpack/skillpack.json') == 1
assert !log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/skillpack/skillpack.sarif')
assert sarif.text.contains('"version": "2.1.0"') || sarif.text.contains('"version":"2.1.0"')
assert new File(basedir, 'target/skillpack/skillpack.json').isFile()
assert new File(basedir, 'target/skillpack/validate.stamp').isFile()
// The generated help goal lists the goals.
assert log.contains('skillpack:validate')
assert log.contains('skillpack:help')
// to-prompt and tokens print what the CLI commands print, and keep it in a file.
def prompt = new File(basedir, 'target/skillpack/available-skills.xml').text
def location = new File(basedir, 'src/main/skills/release-notes/SKILL.md').canonicalPath
assert prompt.startsWith('<available_skills>\n<skill>\n<name>\nrelease-notes\n</name>\n<description>\nDrafts release notes')
assert prompt.endsWith('</description>\n<location>\n' + location + '\n</location>\n</skill>\n</available_skills>\n')
assert log.contains('[INFO] skillpack: wrote target/skillpack/available-skills.xml')
def tokens = new File(basedir, 'target/skillpack/tokens.txt').text
assert tokens.startsWith('src/main/skills (o200k_base)\n') || tokens.startsWith('src/main/skills/release-notes (o200k_base)\n')
assert tokens =~ /pack: 1 skill, \d+ metadata tokens always loaded/
assert log.contains('[INFO] skillpack: wrote target/skillpack/tokens.txt')
return true
