package dev.skillpack.core.history;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.tokens.TokenCounter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in a skill between two revisions, section by section: sections added, removed, renamed
 * (heading changed, text alike), moved and changed, with their token deltas; front-matter fields that
 * changed; files added, removed and changed. Sections are compared in SKILL.md and in every Markdown
 * file present at both revisions; the sections of an added or removed file are not listed one by one.
 * The skill's own {@code CHANGELOG.md} is left out: writing it is part of releasing.
 *
 * <pre>{@code
 * SectionDiff diff = SectionDiff.between("v1.2.0", oldSkill, "working tree", newSkill, counter);
 * diff.suggestedBump(); // MAJOR when a section was removed
 * }</pre>
 *
 * @param beforeLabel how the older revision is named
 * @param afterLabel how the newer revision is named
 * @param fields front-matter changes, in key order of the newer revision, removed keys last
 * @param files file changes, in path order
 * @param sections section changes, in file order, then in order of the newer revision, removed last
 * @param tokensBefore token counts of the older revision
 * @param tokensAfter token counts of the newer revision
 */
public record SectionDiff(String beforeLabel, String afterLabel, List<FieldChange> fields, List<FileChange> files,
                          List<SectionChange> sections, TokenSnapshot tokensBefore, TokenSnapshot tokensAfter) {

    /** The skill's change log, which releases write and diffs leave out. */
    public static final String CHANGELOG = "CHANGELOG.md";
    /** Where a skill's version lives, as {@link FieldChange#key()} names it. */
    public static final String VERSION_KEY = "metadata.version";

    /** Copies the lists. */
    public SectionDiff {
        Objects.requireNonNull(beforeLabel, "beforeLabel");
        Objects.requireNonNull(afterLabel, "afterLabel");
        fields = List.copyOf(fields);
        files = List.copyOf(files);
        sections = List.copyOf(sections);
        Objects.requireNonNull(tokensBefore, "tokensBefore");
        Objects.requireNonNull(tokensAfter, "tokensAfter");
    }

    /**
     * @param beforeLabel how the older revision is named
     * @param before the skill at the older revision
     * @param afterLabel how the newer revision is named
     * @param after the skill at the newer revision
     * @param counter counts the tokens of sections
     * @return the differences
     */
    public static SectionDiff between(String beforeLabel, Skill before, String afterLabel, Skill after,
                                      TokenCounter counter) {
        return SectionMatcher.diff(beforeLabel, before, afterLabel, after, counter);
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return fields.isEmpty() && files.isEmpty() && sections.isEmpty();
    }

    /** @return the change in total tokens */
    public int tokenDelta() {
        return tokensAfter.total() - tokensBefore.total();
    }

    /**
     * The release bump the changes call for: a removed section or file is {@link Bump#MAJOR}, an added one
     * {@link Bump#MINOR}, any other change {@link Bump#PATCH}. A change of {@code metadata.version} alone
     * calls for none.
     *
     * @return the bump, empty when nothing changed
     */
    public Optional<Bump> suggestedBump() {
        boolean removed = sections.stream().anyMatch(s -> s.kind() == SectionChange.Kind.REMOVED)
                || files.stream().anyMatch(f -> f.kind() == FileChange.Kind.REMOVED);
        if (removed) {
            return Optional.of(Bump.MAJOR);
        }
        boolean added = sections.stream().anyMatch(s -> s.kind() == SectionChange.Kind.ADDED)
                || files.stream().anyMatch(f -> f.kind() == FileChange.Kind.ADDED);
        if (added) {
            return Optional.of(Bump.MINOR);
        }
        boolean versionOnly = fields.stream().allMatch(f -> f.key().equals(VERSION_KEY));
        boolean changed = !sections.isEmpty() || !versionOnly
                || files.stream().anyMatch(f -> !f.path().equalsIgnoreCase("SKILL.md"));
        return changed ? Optional.of(Bump.PATCH) : Optional.empty();
    }
}
