package dev.skillpack.core.source;

import dev.skillpack.core.model.ParseProblem;
import java.util.List;

/**
 * What a {@link SkillSource} holds: its files in path order, and what was skipped while listing them.
 *
 * @param files the regular files, sorted by path
 * @param problems files and folders skipped, with why
 * @param unlisted paths (relative, forward slashes; {@code ""} is the whole source) the listing saw but did not
 *        list completely: folders it did not enter (tool output, ignored by config, too deep, links not followed,
 *        unreadable) and, once a limit cut the listing short, the part the limit applied to. Absence of a file
 *        under one of them says nothing.
 */
public record SourceListing(List<SourceEntry> files, List<ParseProblem> problems, List<String> unlisted) {

    /** Copies the lists. */
    public SourceListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unlisted = List.copyOf(unlisted);
    }

    /**
     * A listing that skipped nothing silently: whatever it left out, its problems say.
     *
     * @param files the regular files, sorted by path
     * @param problems files and folders skipped, with why
     */
    public SourceListing(List<SourceEntry> files, List<ParseProblem> problems) {
        this(files, problems, List.of());
    }
}
