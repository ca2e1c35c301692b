package dev.skillpack.core.source;

import dev.skillpack.core.model.Bytes;
import java.io.IOException;

/**
 * Where the files of a skill pack come from: a folder today; a git revision or an archive later.
 * Everything above this interface works on relative paths and bytes, never on {@code java.nio.file}.
 * Implementations are thread-safe.
 */
public interface SkillSource {

    /** @return how the root is shown in reports, e.g. {@code example-skills/src/main/skills} */
    String displayPath();

    /** @return every regular file under the root, within the limits, and what was skipped */
    SourceListing list();

    /**
     * Reads one listed file.
     *
     * @param entry a file from {@link #list()}
     * @return its bytes
     * @throws IOException when it cannot be read, or is larger than the source's size limit
     */
    byte[] read(SourceEntry entry) throws IOException;

    /**
     * Reads one listed file as an immutable value; a source that can read straight into the value overrides this
     * to spare the copy {@link Bytes#of} makes.
     *
     * @param entry a file from {@link #list()}
     * @return its bytes
     * @throws IOException when it cannot be read, or is larger than the source's size limit
     */
    default Bytes readContent(SourceEntry entry) throws IOException {
        return Bytes.of(read(entry));
    }

    /** @return the limits this source applies */
    SourceLimits limits();

    /**
     * @param relativePath a path relative to the root
     * @return how that path is shown in reports: the display root joined with it
     */
    default String displayPathOf(String relativePath) {
        String root = displayPath();
        if (relativePath.isEmpty()) {
            return root;
        }
        return root.equals(".") || root.isEmpty() ? relativePath
                : root.endsWith("/") ? root + relativePath : root + "/" + relativePath;
    }
}
