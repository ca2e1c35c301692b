package dev.skillpack.validator.engine;

import dev.skillpack.core.model.TextFile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lines of one text file that a result keeps: those findings point at (a report prints them, a baseline
 * fingerprints them) and the front matter's, and how many lines the file had. Immutable.
 */
final class SourceLines {
    private final int lineCount;
    private final Map<Integer, String> kept;

    private SourceLines(int lineCount, Map<Integer, String> kept) {
        this.lineCount = lineCount;
        this.kept = kept;
    }

    /**
     * @param file the file
     * @param indexes 0-based lines to keep (those past the end are left out)
     * @return the kept lines
     */
    static SourceLines of(TextFile file, Set<Integer> indexes) {
        int count = file.lines().lineCount();
        Map<Integer, String> kept = new TreeMap<>();
        for (int index : indexes) {
            if (index >= 0 && index < count) {
                kept.put(index, file.lines().lineText(index));
            }
        }
        return new SourceLines(count, Map.copyOf(kept));
    }

    /** @return the file's number of lines */
    int lineCount() {
        return lineCount;
    }

    /**
     * @param index 0-based line
     * @return its text, if kept
     */
    Optional<String> line(int index) {
        return Optional.ofNullable(kept.get(index));
    }
}
