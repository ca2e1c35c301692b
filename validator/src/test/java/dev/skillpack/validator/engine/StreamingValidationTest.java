package dev.skillpack.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.report.Report;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.testing.SampleRules;
import dev.skillpack.validator.testing.TempSkills;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skills stream through the validator: the result keeps a light view, never the skills' text. */
class StreamingValidationTest {
    @TempDir
    Path dir;

    /** Remembers, weakly, every skill it checked and its SKILL.md text; reports line 7 of each SKILL.md. */
    private static final class Remembering implements Rule {
        private static final RuleMeta META = RuleMeta.of("XT095", "sample-remembering", Category.CONCISE,
                Severity.WARNING, "Remembers what it checked (test rule)");
        final ConcurrentLinkedQueue<WeakReference<Object>> seen = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> packView = new ConcurrentLinkedQueue<>();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void checkSkill(Skill skill, RuleContext context) {
            seen.add(new WeakReference<>(skill));
            seen.add(new WeakReference<>(skill.skillFile().text()));
            seen.add(new WeakReference<>(skill.body()));
            context.report(skill.skillFile().lines().lineSpan(6), "line seven");
        }

        @Override
        public void checkPack(SkillPack pack, RuleContext context) {
            for (Skill skill : pack.skills()) {
                packView.add(skill.folderName() + " " + skill.name().orElse("?") + " blocks="
                        + skill.body().blocks().size() + " text=" + skill.skillFile().text().length()
                        + " contents=" + skill.resources().stream().filter(r -> r.content().isPresent()).count());
            }
        }
    }

    private static String body(String name) {
        return "# " + name + "\n\nThe line findings point at.\n\n" + ("Prose only " + name + " holds.\n").repeat(5_000);
    }

    @Test
    void theResultNoLongerReachesTheSkillsText() throws InterruptedException {
        for (String name : List.of("alpha", "beta", "gamma")) {
            TempSkills.skill(dir, name, body(name));
        }
        Remembering rule = new Remembering();

        ValidationResult result = Validator.builder().rules(List.of(rule)).build().validate(dir);

        assertThat(rule.seen).hasSize(9);
        for (int i = 0; i < 50 && rule.seen.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(rule.seen).as("skills, texts and Markdown models checked, reachable only from the result")
                .allSatisfy(ref -> assertThat(ref.get()).isNull());
        // what reports need is still there: counts, and the line each finding points at
        assertThat(result.skillCount()).isEqualTo(3);
        assertThat(result.fileCount()).isEqualTo(3);
        String text = ReportFormat.TEXT.reporter().render(new Report(result, "test", false));
        assertThat(text).contains("alpha/SKILL.md:7:1: warning XT095(sample-remembering) line seven\n"
                + "    The line findings point at.\n");
    }

    @Test
    void packRulesSeeEachSkillsOutline() {
        TempSkills.skill(dir, "alpha", body("alpha"));
        TempSkills.write(dir, "alpha/references/more.md", "# More\n");
        Remembering rule = new Remembering();

        Validator.builder().rules(List.of(rule)).build().validate(dir);

        assertThat(rule.packView).containsExactly("alpha alpha blocks=0 text="
                + "---\nname: alpha\ndescription: Test skill. Use when testing.\n---\n".length() + " contents=0");
    }

    @Test
    void aFixIsRefusedWhenItsFileChangedAfterValidation() throws Exception {
        Path file = TempSkills.skill(dir, "a", "# A\n\nTODO first\n");
        ValidationResult result = Validator.builder().rules(SampleRules.all()).build().validate(dir);
        Files.writeString(file, Files.readString(file) + "\nEdited meanwhile.\n");

        Fixer.Plan plan = Fixer.plan(result, false);

        String shown = result.packs().get(0).skills().get(0).skillFilePath();
        assertThat(plan.files()).isEmpty();
        assertThat(plan.failures()).containsExactly(shown + ": not fixed: the file changed since it was read; run again");
        Fixer.Outcome outcome = Fixer.apply(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir)));
        assertThat(outcome.failures()).containsExactlyElementsOf(plan.failures());
        assertThat(Files.readString(file)).contains("TODO first").contains("Edited meanwhile.");
    }

    @Test
    void aFixStillAppliesToAnUnchangedFile() throws Exception {
        Path file = TempSkills.skill(dir, "a", "# A\n\nTODO first\n");
        ValidationResult result = Validator.builder().rules(SampleRules.all()).build().validate(dir);

        Fixer.Plan plan = Fixer.plan(result, false);

        assertThat(plan.failures()).isEmpty();
        assertThat(Fixer.apply(plan, p -> Optional.of(new Fixer.Location(Path.of(p), dir))).failures()).isEmpty();
        assertThat(Files.readString(file)).endsWith("# A\n\nDone first\n");
    }
}
