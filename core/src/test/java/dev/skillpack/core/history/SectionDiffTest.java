package dev.skillpack.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skillpack.core.history.SectionChange.Kind;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.MemorySkillSource;
import dev.skillpack.core.tokens.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionDiffTest {
    private static final TokenCounter COUNTER = TokenCounter.defaultCounter();

    private static final String OLD = """
            ---
            name: demo
            description: Fills forms. Use when a form arrives.
            license: MIT
            metadata:
              version: "1.0.0"
            ---

            # Demo

            ## Steps

            Read the whole form before writing anything into it, then fill each field in order.

            ### Check

            Check the totals.

            ## Inputs

            The form arrives as a PDF attachment or as a scanned image from the intake mailbox.

            ## Output

            Write one JSON file.

            ## Legacy

            Old fax numbers go to the archive.
            """;

    private static final String NEW = """
            ---
            name: demo
            description: Fills PDF forms. Use when a form arrives.
            metadata:
              version: "1.0.0"
              owner: forms-team
            ---

            # Demo

            ## Output

            Write one JSON file.

            ## Steps

            Read the whole form before writing anything into it, then fill each field in order.

            ### Check

            Check the totals twice.

            ## Sources

            The form arrives as a PDF attachment or as a scanned image from the intake mailbox.

            ## Limits

            One form at a time.
            """;

    private static Skill skill(String skillMd, Map<String, String> more) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SKILL.md", skillMd);
        files.putAll(more);
        return SkillParser.create().parseSkill(MemorySkillSource.ofText("skills/demo", files));
    }

    @Test
    void findsAddedRemovedRenamedMovedAndChangedSectionsByHeadingPath() {
        SectionDiff diff = SectionDiff.between("v1", skill(OLD, Map.of()), "v2", skill(NEW, Map.of()), COUNTER);

        assertThat(diff.sections()).extracting(SectionChange::kind, c -> c.before().map(SectionRef::id).orElse("-"),
                        c -> c.after().map(SectionRef::id).orElse("-"), SectionChange::contentChanged)
                .containsExactly(
                        tuple(Kind.MOVED, "SKILL.md > Demo > Output", "SKILL.md > Demo > Output", false),
                        tuple(Kind.CHANGED, "SKILL.md > Demo > Steps > Check", "SKILL.md > Demo > Steps > Check", true),
                        tuple(Kind.RENAMED, "SKILL.md > Demo > Inputs", "SKILL.md > Demo > Sources", false),
                        tuple(Kind.ADDED, "-", "SKILL.md > Demo > Limits", true),
                        tuple(Kind.REMOVED, "SKILL.md > Demo > Legacy", "-", true));
        SectionChange check = diff.sections().get(1);
        assertThat(check.tokenDelta()).isEqualTo(COUNTER.count("### Check\n\nCheck the totals twice.")
                - COUNTER.count("### Check\n\nCheck the totals."));
        assertThat(check.tokenDelta()).isEqualTo(1);
        assertThat(check.after().orElseThrow().line()).isEqualTo(19);
        assertThat(check.after().orElseThrow().level()).isEqualTo(3);
        assertThat(diff.sections().get(2).similarity()).isEqualTo(1.0);
        assertThat(diff.sections().get(4).tokensBefore()).isEqualTo(COUNTER.count("## Legacy\n\nOld fax numbers go to the archive."));
    }

    @Test
    void listsFrontMatterFieldChanges() {
        SectionDiff diff = SectionDiff.between("v1", skill(OLD, Map.of()), "v2", skill(NEW, Map.of()), COUNTER);
        assertThat(diff.fields()).containsExactly(
                new FieldChange("description", Optional.of("Fills forms. Use when a form arrives."),
                        Optional.of("Fills PDF forms. Use when a form arrives.")),
                new FieldChange("metadata.owner", Optional.empty(), Optional.of("forms-team")),
                new FieldChange("license", Optional.of("MIT"), Optional.empty()));
    }

    @Test
    void aRemovedSectionCallsForAMajorReleaseAnAddedOneForMinorAChangeForPatch() {
        Skill base = skill(OLD, Map.of());
        assertThat(SectionDiff.between("a", base, "b", skill(NEW, Map.of()), COUNTER).suggestedBump()).contains(Bump.MAJOR);
        String added = OLD + "\n## Limits\n\nOne form at a time.\n";
        assertThat(SectionDiff.between("a", base, "b", skill(added, Map.of()), COUNTER).suggestedBump()).contains(Bump.MINOR);
        String changed = OLD.replace("Check the totals.", "Check the totals twice.");
        assertThat(SectionDiff.between("a", base, "b", skill(changed, Map.of()), COUNTER).suggestedBump()).contains(Bump.PATCH);
        String bumpedOnly = OLD.replace("\"1.0.0\"", "\"1.0.1\"");
        SectionDiff versionOnly = SectionDiff.between("a", base, "b", skill(bumpedOnly, Map.of()), COUNTER);
        assertThat(versionOnly.fields()).extracting(FieldChange::key).containsExactly("metadata.version");
        assertThat(versionOnly.suggestedBump()).isEmpty();
        assertThat(SectionDiff.between("a", base, "b", skill(OLD, Map.of()), COUNTER).isEmpty()).isTrue();
    }

    @Test
    void referencesAddedAndRemovedAndTheirSectionsDiffed() {
        Skill before = skill(OLD, Map.of("references/flask.md", "# Flask\n\n## CSRF\n\nUse Flask-WTF.\n",
                "references/old.md", "# Old\n", "CHANGELOG.md", "# Changelog\n"));
        Skill after = skill(OLD, Map.of("references/flask.md", "# Flask\n\n## CSRF\n\nUse Flask-WTF.\n\n## Cookies\n\nSet Secure.\n",
                "references/django.md", "# Django\n", "CHANGELOG.md", "# Changelog\n\n## 1.1.0\n"));
        SectionDiff diff = SectionDiff.between("a", before, "b", after, COUNTER);
        assertThat(diff.files()).containsExactly(
                new FileChange("references/django.md", FileChange.Kind.ADDED),
                new FileChange("references/flask.md", FileChange.Kind.CHANGED),
                new FileChange("references/old.md", FileChange.Kind.REMOVED));
        assertThat(diff.files().get(0).reference()).isTrue();
        assertThat(diff.sections()).extracting(SectionChange::kind, c -> c.section().id())
                .containsExactly(tuple(Kind.ADDED, "references/flask.md > Flask > Cookies"));
        assertThat(diff.suggestedBump()).contains(Bump.MAJOR);
        assertThat(diff.tokenDelta()).isEqualTo(diff.tokensAfter().total() - diff.tokensBefore().total());
    }

    @Test
    void lineEndingsAndAByteOrderMarkAloneAreNoChange() {
        Skill lf = skill(OLD, Map.of());
        byte[] crlf = ("\uFEFF" + OLD.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Skill windows = SkillParser.create().parseSkill(MemorySkillSource.of("skills/demo", Map.of("SKILL.md", crlf)));
        assertThat(windows.skillFile().byteOrderMark()).isTrue();
        SectionDiff diff = SectionDiff.between("a", lf, "b", windows, COUNTER);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.suggestedBump()).isEmpty();
    }

    @Test
    void repeatedHeadingsUnderOneParentAreToldApart() {
        String before = "---\nname: demo\ndescription: x\n---\n\n## Example\n\nOne.\n\n## Example\n\nTwo.\n";
        String after = "---\nname: demo\ndescription: x\n---\n\n## Example\n\nOne.\n\n## Example\n\nTwo and three.\n";
        SectionDiff diff = SectionDiff.between("a", skill(before, Map.of()), "b", skill(after, Map.of()), COUNTER);
        assertThat(diff.sections()).extracting(SectionChange::kind, c -> c.section().id())
                .containsExactly(tuple(Kind.CHANGED, "SKILL.md > Example (2)"));
    }

    @Test
    void textBeforeTheFirstHeadingIsASectionToo() {
        String before = "---\nname: demo\ndescription: x\n---\n\nIntro.\n\n## A\n\nText.\n";
        String after = "---\nname: demo\ndescription: x\n---\n\nA longer intro.\n\n## A\n\nText.\n";
        SectionDiff diff = SectionDiff.between("a", skill(before, Map.of()), "b", skill(after, Map.of()), COUNTER);
        assertThat(diff.sections()).extracting(SectionChange::kind, c -> c.section().id())
                .containsExactly(tuple(Kind.CHANGED, "SKILL.md (before the first heading)"));
    }

    @Test
    void aSectionMovedUnderAnotherParentIsMoved() {
        String before = "---\nname: demo\ndescription: x\n---\n\n## A\n\n### Tip\n\nKeep forms short and plain.\n\n## B\n\nText.\n";
        String after = "---\nname: demo\ndescription: x\n---\n\n## A\n\n## B\n\nText.\n\n### Tip\n\nKeep forms short and plain.\n";
        SectionDiff diff = SectionDiff.between("a", skill(before, Map.of()), "b", skill(after, Map.of()), COUNTER);
        assertThat(diff.sections()).extracting(SectionChange::kind, c -> c.before().orElseThrow().id(),
                        c -> c.after().orElseThrow().id(), SectionChange::contentChanged)
                .containsExactly(tuple(Kind.MOVED, "SKILL.md > A > Tip", "SKILL.md > B > Tip", false));
    }
}
