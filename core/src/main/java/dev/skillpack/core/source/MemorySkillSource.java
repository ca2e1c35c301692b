package dev.skillpack.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A source held in memory: for authoring skills in Java and for tests. Immutable. Of its limits only
 * the file size applies (the parser does not read larger files); file count and depth are the
 * caller's to choose.
 */
public final class MemorySkillSource implements SkillSource {
    private final String displayPath;
    private final Map<String, byte[]> files;
    private final Set<String> executables;
    private final SourceLimits limits;

    private MemorySkillSource(String displayPath, Map<String, byte[]> files, Set<String> executables,
                              SourceLimits limits) {
        this.displayPath = displayPath;
        this.files = files;
        this.executables = executables;
        this.limits = limits;
    }

    /**
     * @param displayPath how the root is shown in reports
     * @param files relative path to bytes
     * @return a source over copies of the given files
     */
    public static MemorySkillSource of(String displayPath, Map<String, byte[]> files) {
        return of(displayPath, files, Set.of());
    }

    /**
     * @param displayPath how the root is shown in reports
     * @param files relative path to bytes
     * @param executables the paths among {@code files} that have an executable bit
     * @return a source over copies of the given files
     * @throws IllegalArgumentException when an executable path is not among the files, or a path is
     *         not relative with forward slashes
     */
    public static MemorySkillSource of(String displayPath, Map<String, byte[]> files, Set<String> executables) {
        Objects.requireNonNull(displayPath, "displayPath");
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> {
            new SourceEntry(path, bytes.length, false); // validates the path
            copy.put(path, bytes.clone());
        });
        for (String path : executables) {
            if (!copy.containsKey(path)) {
                throw new IllegalArgumentException("executable path is not one of the files: " + path);
            }
        }
        return new MemorySkillSource(displayPath, copy, Set.copyOf(executables), SourceLimits.defaults());
    }

    /**
     * @param displayPath how the root is shown in reports
     * @param textFiles relative path to UTF-8 text
     * @return a source over the given text files
     */
    public static MemorySkillSource ofText(String displayPath, Map<String, String> textFiles) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        textFiles.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return of(displayPath, bytes);
    }

    /**
     * @param newLimits the limits to apply
     * @return a source over the same files with other limits
     */
    public MemorySkillSource withLimits(SourceLimits newLimits) {
        return new MemorySkillSource(displayPath, files, executables, Objects.requireNonNull(newLimits, "limits"));
    }

    @Override
    public String displayPath() {
        return displayPath;
    }

    @Override
    public SourceListing list() {
        List<SourceEntry> entries = files.entrySet().stream()
                .map(e -> new SourceEntry(e.getKey(), e.getValue().length, executables.contains(e.getKey())))
                .toList();
        return new SourceListing(entries, List.of());
    }

    @Override
    public byte[] read(SourceEntry entry) throws IOException {
        byte[] bytes = files.get(entry.path());
        if (bytes == null) {
            throw new IOException("no such file: " + entry.path());
        }
        return bytes.clone();
    }

    @Override
    public SourceLimits limits() {
        return limits;
    }
}
