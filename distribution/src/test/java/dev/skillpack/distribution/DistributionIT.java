package dev.skillpack.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution as a user gets it: unpacked into an empty folder with the JDK's own tools
 * (tar for the .tar.gz, java.util.zip for the .zip), then {@code bin/skillpack} run as a process on the
 * example pack and on a broken skill.
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("skillpack.version");
    private static final Path TAR = Path.of(System.getProperty("skillpack.distribution"));
    private static final Path ZIP = Path.of(System.getProperty("skillpack.distributionZip"));
    private static final Path EXAMPLES = Path.of(System.getProperty("skillpack.examplePack"));

    @TempDir
    Path dir;

    /** What one process run printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void theTarballUnpacksAndValidatesTheExamplePack() throws Exception {
        run(dir, List.of("tar", "-xzf", TAR.toString(), "-C", dir.toString()));
        Path home = dir.resolve("skillpack-" + VERSION);
        assertThat(home.resolve("lib/skillpack-cli.jar")).isRegularFile();
        assertThat(home.resolve("bin/skillpack.cmd")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/skillpack")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

        Run version = run(dir, List.of(home.resolve("bin/skillpack").toString(), "--version"));
        assertThat(version.out()).isEqualTo("skillpack " + VERSION + "\n");
        assertThat(version.err()).isEmpty();

        Run clean = run(dir, List.of(home.resolve("bin/skillpack").toString(), "validate", EXAMPLES.toString()));
        assertThat(clean.err()).isEmpty();
        assertThat(clean.out()).startsWith("no problems in 1 skill (");
        assertThat(clean.exitCode()).isZero();
    }

    @Test
    void theFirstValidateRecordsAClassDataArchiveThatTheJvmAccepts() throws Exception {
        run(dir, List.of("tar", "-xzf", TAR.toString(), "-C", dir.toString()));
        Path home = dir.resolve("skillpack-" + VERSION);
        Path cds = cache().resolve("cds");

        Run first = run(dir, List.of(home.resolve("bin/skillpack").toString(), "validate", EXAMPLES.toString()));
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("no problems in 1 skill (");
        List<Path> archives;
        try (Stream<Path> files = Files.list(cds)) {
            archives = files.toList();
        }
        assertThat(archives).hasSize(1).allMatch(p -> p.getFileName().toString().matches("skillpack-[0-9]+\\.jsa"));

        Run second = run(dir, List.of(home.resolve("bin/skillpack").toString(), "validate", EXAMPLES.toString()));
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        // -Xshare:on fails instead of falling back, so this proves the archive fits this jar and this JVM
        Run strict = run(dir, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archives.get(0), "-Xshare:on",
                "-jar", home.resolve("lib/skillpack-cli.jar").toString(), "--version"));
        assertThat(strict.out()).isEqualTo("skillpack " + VERSION + "\n");
        assertThat(strict.exitCode()).isZero();
    }

    @Test
    void anUnchangedPackIsReplayedWithoutLoadingTheCliAndAnEditIsSeenAtOnce() throws Exception {
        run(dir, List.of("tar", "-xzf", TAR.toString(), "-C", dir.toString()));
        String launcher = dir.resolve("skillpack-" + VERSION + "/bin/skillpack").toString();
        Path skill = Files.createDirectories(dir.resolve("work/Bad_Name"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: Bad_Name\ndescription: Checks things. Use when"
                + " asked.\n---\n\n# Bad\n\nRun the check.\n");
        // a file changed moments before a run is not trusted by its time stamps, so that run is not stored
        Thread.sleep(2_500);
        Run first = run(dir.resolve("work"), List.of(launcher, "validate", "Bad_Name"));
        Path classes = dir.resolve("classes.log");
        Run replayed = run(dir.resolve("work"), List.of(launcher, "validate", "Bad_Name"),
                Map.of("SKILLPACK_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:class+load:file=" + classes));

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("Bad_Name/SKILL.md:2:7: error SP010");
        assertThat(replayed).isEqualTo(first);
        assertThat(Files.readString(classes)).contains("dev.skillpack.validator.cli.Main")
                .doesNotContain("picocli.").doesNotContain("org.commonmark.").doesNotContain("SkillParser");

        Files.writeString(skill.resolve("SKILL.md"), "---\nname: bad-name\ndescription: Checks things. Use when"
                + " asked.\n---\n\n# Bad\n\nRun the check.\n");
        Run edited = run(dir.resolve("work"), List.of(launcher, "validate", "Bad_Name"));
        Run fresh = run(dir.resolve("work"), List.of(launcher, "validate", "--no-cache", "Bad_Name"));
        assertThat(edited).isEqualTo(fresh);
        assertThat(edited.out()).doesNotContain("SP010").contains("SP011");
    }

    private Path cache() {
        return dir.resolve("user-cache");
    }

    @Test
    void aLinkToTheLauncherWorksAndFindingsExitOne() throws Exception {
        run(dir, List.of("tar", "-xzf", TAR.toString(), "-C", dir.toString()));
        Path link = Files.createSymbolicLink(dir.resolve("skillpack"), dir.resolve("skillpack-" + VERSION + "/bin/skillpack"));
        Path skill = Files.createDirectories(dir.resolve("work/Bad_Name"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: Bad_Name\ndescription: Checks things. Use when"
                + " asked.\n---\n\n# Bad\n\nRun the check.\n");
        Run bad = run(dir.resolve("work"), List.of(link.toString(), "validate", "Bad_Name"));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("Bad_Name/SKILL.md:2:7: error SP010");
    }

    @Test
    void theZipHoldsTheSameFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        }
        String root = "skillpack-" + VERSION + "/";
        assertThat(names).containsExactlyInAnyOrder(root + "README.md", root + "bin/skillpack", root + "bin/skillpack.cmd",
                root + "lib/skillpack-cli.jar");
    }

    private Run run(Path cwd, List<String> command) throws Exception {
        return run(cwd, command, Map.of());
    }

    private Run run(Path cwd, List<String> command, Map<String, String> extra) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().remove("SKILLPACK_JAVA_OPTS");
        // the launcher's class-data archive and the findings cache go to a folder of this test
        builder.environment().put("SKILLPACK_CACHE_DIR", cache().toString());
        builder.environment().putAll(extra);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[][] streams = new byte[2][];
        Thread err = new Thread(() -> streams[1] = readAll(process.getErrorStream()));
        err.start();
        streams[0] = readAll(process.getInputStream());
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        err.join(10_000);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
