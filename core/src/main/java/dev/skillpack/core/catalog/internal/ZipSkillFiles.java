package dev.skillpack.core.catalog.internal;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the files below one folder of a zip (a {@code .skill} archive or a jar) into memory, with strict
 * entry names: an entry that is absolute, holds a backslash, a drive letter, {@code .} or {@code ..}, an
 * empty segment or a control character is not read but reported, and so is a second entry of one name,
 * an entry larger than the size limit and every entry past the file limit. Nothing is written to disk.
 *
 * <p>Stands in until the hardened archive reader (helper "hardening") is on main; the catalog will read
 * through that one then.
 */
public final class ZipSkillFiles {
    /** Uncompressed bytes read from one archive at most, whatever the per-file limit. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private ZipSkillFiles() {
    }

    /**
     * What was read.
     *
     * @param files path below the prefix to bytes, sorted
     * @param problems entries not read, with why
     */
    public record Result(Map<String, byte[]> files, List<ParseProblem> problems) {
        /** Copies the collections. */
        public Result {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param zip the archive
     * @param prefix the folder inside it to read, ending with {@code /}, or "" for everything
     * @param display how the archive is shown in problems
     * @param limits per-file size and file count
     * @return the files below the prefix, relative to it
     * @throws IOException when the file is not a readable zip
     */
    public static Result read(Path zip, String prefix, String display, SourceLimits limits) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        List<ParseProblem> problems = new ArrayList<>();
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String shown = display + "!/" + name.replaceAll("\\p{Cntrl}", "?");
                String unsafe = unsafeName(name);
                if (unsafe != null) {
                    problems.add(problem(shown, "archive entry " + unsafe + "; it was not read"));
                    continue;
                }
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                if (files.containsKey(relative)) {
                    problems.add(problem(shown, "archive holds this entry twice; only the first was read"));
                    continue;
                }
                if (files.size() >= limits.maxFiles()) {
                    problems.add(problem(shown, "archive holds more than " + limits.maxFiles()
                            + " files; the rest were not read"));
                    break;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
                }
                if (bytes.length > limits.maxFileBytes()) {
                    problems.add(problem(shown, "entry is larger than " + limits.maxFileBytes()
                            + " bytes; it was not read"));
                    continue;
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    problems.add(problem(shown, "archive unpacks to more than " + MAX_TOTAL_BYTES
                            + " bytes; the rest was not read"));
                    break;
                }
                files.put(relative, bytes);
            }
        }
        return new Result(files, problems);
    }

    /** @return why the name is refused, or null when it is a plain relative path */
    static String unsafeName(String name) {
        if (name.isEmpty() || name.startsWith("/")) {
            return "has an absolute or empty name";
        }
        if (name.contains("\\")) {
            return "name holds a backslash";
        }
        if (name.matches("[A-Za-z]:.*")) {
            return "name starts with a drive letter";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "name holds a control character";
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "name holds '.', '..' or an empty segment";
            }
        }
        return null;
    }

    private static ParseProblem problem(String shown, String message) {
        return new ParseProblem(ProblemCode.UNREADABLE, message, SourceSpan.wholeFile(shown));
    }
}
