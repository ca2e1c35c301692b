package dev.skillpack.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A source held in memory: for authoring skills in Java and for tests. Immutable. */
public final class MemorySkillSource implements SkillSource {
    private final String displayPath;
    private final Map<String, byte[]> files;
    private final SourceLimits limits;

    private MemorySkillSource(String displayPath, Map<String, byte[]> files, SourceLimits limits) {
        this.displayPath = displayPath;
        this.files = files;
        this.limits = limits;
    }

    /**
     * @param displayPath how the root is shown in reports
     * @param files relative path to bytes
     * @return a source over copies of the given files
     */
    public static MemorySkillSource of(String displayPath, Map<String, byte[]> files) {
        Map<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return new MemorySkillSource(displayPath, copy, SourceLimits.defaults());
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

    @Override
    public String displayPath() {
        return displayPath;
    }

    @Override
    public SourceListing list() {
        List<SourceEntry> entries = files.entrySet().stream()
                .map(e -> new SourceEntry(e.getKey(), e.getValue().length, false)).toList();
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
