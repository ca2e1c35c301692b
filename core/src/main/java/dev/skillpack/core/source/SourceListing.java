package dev.skillpack.core.source;

import dev.skillpack.core.model.ParseProblem;
import java.util.List;

/**
 * What a {@link SkillSource} holds: its files in path order, and what was skipped while listing them.
 *
 * @param files the regular files, sorted by path
 * @param problems files and folders skipped, with why
 */
public record SourceListing(List<SourceEntry> files, List<ParseProblem> problems) {

    /** Copies the lists. */
    public SourceListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
