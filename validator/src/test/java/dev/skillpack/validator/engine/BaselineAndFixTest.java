package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.validator.Validator;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rules.RuleRegistry;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines, fixes and ServiceLoader discovery. */
class BaselineAndFixTest {
    @TempDir
    Path dir;

    private ValidationResult validate() {
        return Validator.builder().rules(SampleRules.all()).build().validate(dir);
    }

    private static final Function<String, String> SAME = p -> p;

    @Test
    void baselineHidesKnownFindingsEvenAfterEditsElsewhere() throws IOException {
        Path file = TempSkills.skill(dir, "a", "# A\n\nTODO first\n\nTODO second\n");
        Baseline baseline = Baseline.parse(Baseline.of(validate(), SAME).toJson());
        assertThat(baseline.entries()).hasSize(2);

        // lines inserted above and whitespace changed on the offending line: still the same findings
        Files.writeString(file, Files.readString(file).replace("# A\n", "# A\n\nNew intro.\n\nMore.\n")
                .replace("TODO first", "TODO   first"));
        ValidationResult later = baseline.apply(validate(), SAME);
        assertThat(later.findings()).hasSize(2).allMatch(f -> f.suppression() == Finding.Suppression.BASELINE);

        // a new finding on a new line and an edited offending line come back
        Files.writeString(file, Files.readString(file).replace("TODO second", "TODO second, reworded")
                + "\nTODO third\n");
        ValidationResult edited = baseline.apply(validate(), SAME);
        assertThat(edited.active()).extracting(f -> f.span().line()).containsExactly(13, 15);
        assertThat(edited.findings().stream().filter(Finding::suppressed)).hasSize(1);
    }

    @Test
    void aRepeatedLineIsMatchedOncePerBaselineEntry() {
        Path file = TempSkills.skill(dir, "a", "TODO\n\nTODO\n");
        Baseline one = Baseline.of(validate(), SAME);
        assertThat(one.entries()).extracting(Baseline.Entry::fingerprint).doesNotHaveDuplicates();
        TempSkills.write(dir, "a/SKILL.md", TempSkillsText.read(file) + "\nTODO\n");
        assertThat(one.apply(validate(), SAME).active()).hasSize(1);
    }

    @Test
    void badBaselineFilesAreRejectedClearly() {
        assertThat(catchMessage("{")).startsWith("not valid JSON: ");
        assertThat(catchMessage("{\"version\": 2, \"findings\": []}"))
                .isEqualTo("unsupported baseline version 2; this skillpack reads version 1 (write it again with"
                        + " --write-baseline)");
        assertThat(catchMessage("{\"version\": 1, \"findings\": [{\"ruleId\": 1}]}"))
                .isEqualTo("finding 0 needs string ruleId, path and fingerprint");
    }

    private static String catchMessage(String json) {
        try {
            Baseline.parse(json);
            return "accepted";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void fixesKeepEveryByteOutsideTheEditsAndTheFilesBomAndLineEndings() throws IOException {
        Path file = dir.resolve("a/SKILL.md");
        Files.createDirectories(file.getParent());
        String original = "---\r\nname: a\r\ndescription: Test. Use when testing.\r\n---\r\n# A\r\n\r\n"
                + "Keep\tthis TODO and \u00e9 TODO.\r\n\r\nsprawling text\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(bom, original.getBytes(StandardCharsets.UTF_8)));

        Fixer.Plan plan = Fixer.plan(validate(), false);
        assertThat(plan.fixedCount()).isEqualTo(2);
        assertThat(Fixer.write(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir)))).isEmpty();
        byte[] expected = concat(bom, original.replace("TODO", "Done").getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);

        // the unsafe fix inserts a line break, written as CRLF in this CRLF file, and the diff shows the CRLF it writes
        Fixer.Plan unsafe = Fixer.plan(validate(), true);
        assertThat(unsafe.fixedCount()).isEqualTo(1);
        assertThat(unsafe.files().get(0).diff()).isEqualTo("--- a/" + file.toString().replace('\\', '/') + "\n"
                + "+++ b/" + file.toString().replace('\\', '/') + "\n"
                + "@@ -6,4 +6,5 @@\n"
                + " \r\n"
                + " Keep\tthis Done and \u00e9 Done.\r\n"
                + " \r\n"
                + "+\r\n"
                + " sprawling text\r\n");
        Fixer.write(unsafe, p -> Optional.of(new Fixer.Location(Path.of(p), dir)));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                .endsWith("\r\n\r\n\r\nsprawling text\r\n").startsWith("\uFEFF---\r\n");
    }

    @Test
    void overlappingFixesAreSkippedAndSymlinksAndOutsidersRefused() throws IOException {
        Path real = TempSkills.skill(dir, "a", "TODO\n");
        Fixer.Plan plan = Fixer.plan(validate(), true);
        // XT002 does not fire; XT001's fix is chosen once per occurrence
        assertThat(plan.skipped()).isEmpty();
        assertThat(Fixer.write(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir.resolve("elsewhere")))))
                .singleElement().asString().endsWith("not fixed: the file lies outside the validated folder");
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, real);
        assertThat(Fixer.write(plan, p -> Optional.of(new Fixer.Location(link, dir))))
                .singleElement().asString()
                .endsWith("not fixed: the file is a symbolic link; fix the file it points to instead");
        Files.writeString(real, Files.readString(real) + "changed\n");
        assertThat(Fixer.write(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir))))
                .singleElement().asString().endsWith("not fixed: the file changed since it was read; run again");
    }

    @Test
    void overlapCountsInsertionsInsideButNotTouchingEdits() {
        var a = new dev.skillpack.core.write.TextEdit(5, 4, "x");
        assertThat(Fixer.overlaps(a, new dev.skillpack.core.write.TextEdit(8, 3, "y"))).isTrue();
        assertThat(Fixer.overlaps(a, new dev.skillpack.core.write.TextEdit(9, 1, "y"))).isFalse();
        assertThat(Fixer.overlaps(a, new dev.skillpack.core.write.TextEdit(7, 0, "y"))).isTrue();
        assertThat(Fixer.overlaps(a, new dev.skillpack.core.write.TextEdit(5, 0, "y"))).isFalse();
    }

    @Test
    void customRulesAreDiscoveredAfterBuiltInsAndDuplicatesRejected() throws IOException {
        Path services = dir.resolve("jar/META-INF/services/dev.skillpack.validator.rule.Rule");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "dev.skillpack.validator.testing.SampleRules$Sprawl\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("jar").toUri().toURL()},
                getClass().getClassLoader())) {
            RuleRegistry registry = RuleRegistry.discover(loader);
            assertThat(registry.rules()).last().extracting(r -> r.meta().id()).isEqualTo("XT002");
            assertThat(registry.find("sample-sprawl")).isPresent();
        }
        Files.writeString(services, "dev.skillpack.validator.testing.SampleRules$Sprawl\n"
                + "dev.skillpack.validator.testing.SampleRules$Sprawl\n");
        Files.writeString(services, "dev.skillpack.validator.testing.NoSuchRule\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("jar").toUri().toURL()},
                getClass().getClassLoader())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleRegistry.discover(loader))
                    .isInstanceOf(RuleRegistry.RuleRegistryException.class)
                    .hasMessageStartingWith("cannot load a custom rule: ")
                    .hasMessageContaining("NoSuchRule");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Reads a file as UTF-8. */
    private static final class TempSkillsText {
        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void writtenBaselineIsSortedStableJson() {
        TempSkills.skill(dir, "b", "TODO\n");
        TempSkills.skill(dir, "a", "TODO\n");
        String json = Baseline.of(validate(), p -> p.substring(dir.toString().length() + 1)).toJson();
        assertThat(json).startsWith("{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"ruleId\": \"XT001\",\n"
                + "      \"path\": \"a/SKILL.md\",\n      \"fingerprint\": \"").endsWith("\n  ]\n}\n");
        assertThat(Baseline.parse(json).entries()).extracting(Baseline.Entry::path)
                .containsExactly("a/SKILL.md", "b/SKILL.md");
        assertThat(List.of(json)).isNotEmpty();
    }
}
