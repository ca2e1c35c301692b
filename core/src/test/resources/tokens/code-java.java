package org.example.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Counts how often each front-matter key occurs across a folder of skills. */
public final class KeyCounter {
    private static final int MAX_DEPTH = 2;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (var stream = Files.walk(root, MAX_DEPTH)) {
            List<Path> files = stream.filter(p -> p.getFileName().toString().equals("SKILL.md")).toList();
            Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Path file : files) {
                String text = Files.readString(file);
                if (!text.startsWith("---\n")) continue;
                int end = text.indexOf("\n---", 4);
                for (String line : text.substring(4, Math.max(4, end)).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                        counts.merge(line.substring(0, colon), 1, Integer::sum);
                    }
                }
            }
            counts.forEach((k, v) -> System.out.printf("%-20s %5d%n", k, v));
        }
    }
}
