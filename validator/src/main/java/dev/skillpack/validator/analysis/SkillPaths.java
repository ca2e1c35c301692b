package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of a skill that the reference graph can reach, indexed the ways a text names them: by
 * lower-case path, by lower-case path without extension, and by each folder above them. Also how a
 * text is cut into path-like tokens, which every path-reading extractor shares. Immutable once built.
 */
final class SkillPaths {
    /** Characters {@link #forEachToken} copies from a text at a time. */
    private static final int WINDOW = 8192;
    /** {@link #isPathChar} of each ASCII character, looked up instead of asked of {@link Character}. */
    private static final boolean[] ASCII_PATH_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_PATH_CHARS[c] = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/'
                    || c == '\\';
        }
    }

    private final Map<String, Resource> resources = new TreeMap<>();
    private final Map<String, String> byLowerPath = new HashMap<>();
    private final Map<String, List<String>> byLowerStem = new HashMap<>();
    private final Map<String, List<String>> filesUnderLowerFolder = new HashMap<>();

    /** Receives one token as {@code [start, end)} offsets. */
    interface TokenAction {
        void token(int start, int end);
    }

    SkillPaths(Skill skill) {
        for (Resource r : SkillLayout.files(skill)) {
            resources.put(r.relativePath(), r);
        }
        for (String path : resources.keySet()) {
            String lower = path.toLowerCase(Locale.ROOT);
            byLowerPath.putIfAbsent(lower, path);
            String name = SkillLayout.fileName(lower);
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                byLowerStem.computeIfAbsent(lower.substring(0, lower.length() - name.length() + dot),
                        k -> new ArrayList<>()).add(path);
            }
            for (int slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1)) {
                filesUnderLowerFolder.computeIfAbsent(lower.substring(0, slash), k -> new ArrayList<>()).add(path);
            }
        }
    }

    /** @return every path, in path order */
    Set<String> paths() {
        return resources.keySet();
    }

    /** @return whether the skill has a file at exactly this path */
    boolean contains(String path) {
        return resources.containsKey(path);
    }

    /** @return the text of a text file that was read */
    Optional<TextFile> text(String path) {
        Resource resource = resources.get(path);
        return resource == null ? Optional.empty() : resource.textFile();
    }

    /** @return the file at a lower-case path, or null */
    String file(String lowerPath) {
        return byLowerPath.get(lowerPath);
    }

    /** @return the files whose lower-case path without extension is this, or null */
    List<String> stems(String lowerStem) {
        return byLowerStem.get(lowerStem);
    }

    /** @return the files under a lower-case folder, or null when it holds none */
    List<String> under(String lowerFolder) {
        return filesUnderLowerFolder.get(lowerFolder);
    }

    /**
     * Cuts a text into runs of path characters (letters, digits, {@code _ - . / \}).
     *
     * @param text any text
     * @param action receives each run
     */
    static void forEachToken(String text, TokenAction action) {
        int n = text.length();
        // read through a window of copied characters: charAt costs a call per character in the quick JIT tier
        char[] window = new char[Math.min(n, WINDOW)];
        int windowStart = 0;
        int windowEnd = 0;
        int start = -1;
        for (int i = 0; i < n; i++) {
            if (i >= windowEnd) {
                windowStart = i;
                windowEnd = Math.min(n, i + WINDOW);
                text.getChars(windowStart, windowEnd, window, 0);
            }
            if (isPathChar(window[i - windowStart])) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                action.token(start, i);
                start = -1;
            }
        }
        if (start >= 0) {
            action.token(start, n);
        }
    }

    /**
     * @param text a text
     * @param start first character of a token
     * @param end one past its last character
     * @param dots whether a {@code .} counts too
     * @return whether {@code text[start, end)} holds a {@code /} or a backslash (or, with {@code dots}, a {@code .})
     */
    static boolean holds(String text, int start, int end, boolean dots) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '\\' || dots && c == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isPathChar(char c) {
        return c < 128 ? ASCII_PATH_CHARS[c] : Character.isLetterOrDigit(c);
    }


    /** @return the folder's lower-case path first and the skill root second, or the root alone */
    static List<String> bases(String folder) {
        return folder.isEmpty() ? List.of("") : List.of(folder.toLowerCase(Locale.ROOT), "");
    }

    /** Joins and normalises a lower-case relative path; empty when it leaves the skill. */
    static Optional<String> normalise(String base, String path) {
        String joined = base.isEmpty() || path.startsWith("/") ? path : base + "/" + path;
        if (plain(joined)) {
            return Optional.of(joined); // what the parts below would join back to
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** Whether every part between slashes is a name (not empty, {@code .} or {@code ..}): normalising keeps it. */
    private static boolean plain(String path) {
        int n = path.length();
        int partStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || path.charAt(i) == '/') {
                int length = i - partStart;
                if (length == 0 || path.charAt(partStart) == '.' && (length == 1
                        || length == 2 && path.charAt(partStart + 1) == '.')) {
                    return false;
                }
                partStart = i + 1;
            }
        }
        return true;
    }
}
