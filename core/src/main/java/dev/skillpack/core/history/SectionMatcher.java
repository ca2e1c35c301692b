package dev.skillpack.core.history;

import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link SectionDiff}. Sections are matched first by identity (file and heading path); the
 * sections left over on each side are then paired by how alike their text is (Dice coefficient of the
 * word multisets, at least {@value #SIMILAR}), best pairs first: a pair with the same heading under
 * another parent moved, one with another heading was renamed. Among matched siblings, those outside the
 * run kept in the same order that holds the most tokens moved.
 */
final class SectionMatcher {
    /** How alike two texts must be for unmatched sections to count as one section renamed or moved. */
    static final double SIMILAR = 0.5;

    private SectionMatcher() {
    }

    /** A section's own text: from its heading to its first sub-section. */
    private record Piece(SectionRef ref, String text, int tokens, int siblingIndex) {
        List<String> parent() {
            return ref.parentPath();
        }
    }

    static SectionDiff diff(String beforeLabel, Skill before, String afterLabel, Skill after, TokenCounter counter) {
        List<SectionChange> sections = new ArrayList<>();
        Map<String, MarkdownDocument> oldDocs = documents(before);
        Map<String, MarkdownDocument> newDocs = documents(after);
        for (Map.Entry<String, MarkdownDocument> e : newDocs.entrySet()) {
            MarkdownDocument old = oldDocs.get(e.getKey());
            if (old != null) {
                sections.addAll(match(pieces(e.getKey(), old, counter), pieces(e.getKey(), e.getValue(), counter)));
            }
        }
        return new SectionDiff(beforeLabel, afterLabel, fields(before, after), files(before, after), sections,
                TokenSnapshot.of(before, counter), TokenSnapshot.of(after, counter));
    }

    private static Map<String, MarkdownDocument> documents(Skill skill) {
        Map<String, MarkdownDocument> docs = new LinkedHashMap<>();
        docs.put("SKILL.md", skill.body());
        skill.references().stream().filter(r -> !r.relativePath().equals(SectionDiff.CHANGELOG))
                .forEach(r -> docs.put(r.relativePath(), r.document()));
        return docs;
    }

    private static List<Piece> pieces(String file, MarkdownDocument doc, TokenCounter counter) {
        List<Piece> pieces = new ArrayList<>();
        String text = doc.file().text();
        int firstHeading = doc.sections().isEmpty() ? text.length() : doc.sections().get(0).span().offset();
        String preamble = normalise(text.substring(Math.min(doc.bodyOffset(), firstHeading), firstHeading));
        if (!preamble.isEmpty() && !doc.preamble().isEmpty()) {
            int line = doc.preamble().get(0).span().line();
            pieces.add(new Piece(new SectionRef(file, List.of(), 0, line), preamble, counter.count(preamble), -1));
        }
        add(file, text, doc.sections(), List.of(), pieces, counter);
        return pieces;
    }

    private static void add(String file, String text, List<Section> siblings, List<String> parent, List<Piece> out,
                            TokenCounter counter) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < siblings.size(); i++) {
            Section section = siblings.get(i);
            String title = section.heading().text().strip();
            int n = seen.merge(title, 1, Integer::sum);
            List<String> path = new ArrayList<>(parent);
            path.add(n == 1 ? title : title + " (" + n + ")");
            int end = section.children().isEmpty() ? section.span().endOffset()
                    : section.children().get(0).span().offset();
            String own = normalise(text.substring(section.heading().span().offset(), end));
            SectionRef ref = new SectionRef(file, path, section.heading().level(), section.heading().span().line());
            out.add(new Piece(ref, own, counter.count(own), i));
            add(file, text, section.children(), path, out, counter);
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    private static List<SectionChange> match(List<Piece> old, List<Piece> now) {
        Map<List<String>, Piece> oldByPath = new HashMap<>();
        old.forEach(p -> oldByPath.put(p.ref().headingPath(), p));
        Map<Piece, Piece> pairs = new LinkedHashMap<>(); // new -> old
        List<Piece> unmatchedNew = new ArrayList<>();
        for (Piece p : now) {
            Piece o = oldByPath.remove(p.ref().headingPath());
            if (o != null) {
                pairs.put(p, o);
            } else {
                unmatchedNew.add(p);
            }
        }
        List<Piece> unmatchedOld = old.stream().filter(oldByPath::containsValue).toList();
        Map<Piece, Double> similarPairs = new HashMap<>();
        Map<Piece, Piece> fuzzy = pairBySimilarity(unmatchedOld, unmatchedNew, similarPairs);
        java.util.Set<Piece> moved = movedAmongSiblings(pairs);

        List<SectionChange> changes = new ArrayList<>();
        for (Piece p : now) {
            Piece o = pairs.get(p);
            if (o != null) {
                boolean changed = !o.text().equals(p.text());
                boolean wasMoved = moved.contains(p);
                if (changed || wasMoved) {
                    changes.add(new SectionChange(wasMoved ? SectionChange.Kind.MOVED : SectionChange.Kind.CHANGED,
                            Optional.of(o.ref()), Optional.of(p.ref()), o.tokens(), p.tokens(), changed,
                            changed ? similarity(o.text(), p.text()) : 1.0));
                }
                continue;
            }
            o = fuzzy.get(p);
            if (o != null) {
                SectionChange.Kind kind = o.ref().title().equals(p.ref().title()) ? SectionChange.Kind.MOVED
                        : SectionChange.Kind.RENAMED;
                boolean changed = !bodyOf(o).equals(bodyOf(p));
                changes.add(new SectionChange(kind, Optional.of(o.ref()), Optional.of(p.ref()), o.tokens(),
                        p.tokens(), changed, similarPairs.get(p)));
            } else {
                changes.add(new SectionChange(SectionChange.Kind.ADDED, Optional.empty(), Optional.of(p.ref()), 0,
                        p.tokens(), true, 0));
            }
        }
        for (Piece o : unmatchedOld) {
            if (!fuzzy.containsValue(o)) {
                changes.add(new SectionChange(SectionChange.Kind.REMOVED, Optional.of(o.ref()), Optional.empty(),
                        o.tokens(), 0, true, 0));
            }
        }
        return changes;
    }

    /** A section's text without its heading line, so a renamed heading alone is no content change. */
    private static String bodyOf(Piece piece) {
        if (piece.ref().headingPath().isEmpty()) {
            return piece.text();
        }
        int newline = piece.text().indexOf('\n');
        return newline < 0 ? "" : piece.text().substring(newline + 1).strip();
    }

    private static Map<Piece, Piece> pairBySimilarity(List<Piece> old, List<Piece> now, Map<Piece, Double> scores) {
        record Candidate(Piece old, Piece now, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Piece o : old) {
            for (Piece p : now) {
                if (bodyOf(o).isEmpty() && bodyOf(p).isEmpty()) {
                    continue; // two empty sections say nothing about being one section
                }
                double score = similarity(bodyOf(o), bodyOf(p));
                if (score >= SIMILAR) {
                    candidates.add(new Candidate(o, p, score));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        Map<Piece, Piece> result = new HashMap<>();
        java.util.Set<Piece> usedOld = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (!result.containsKey(c.now()) && usedOld.add(c.old())) {
                result.put(c.now(), c.old());
                scores.put(c.now(), c.score());
            }
        }
        return result;
    }

    /** Matched sections that left the longest run of siblings kept in the same order. */
    private static java.util.Set<Piece> movedAmongSiblings(Map<Piece, Piece> pairs) {
        Map<List<String>, List<Piece>> byParent = new LinkedHashMap<>();
        pairs.keySet().forEach(p -> byParent.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p));
        java.util.Set<Piece> moved = new java.util.HashSet<>();
        for (List<Piece> siblings : byParent.values()) {
            // siblings are in the new order; keep the longest increasing run of old positions
            int[] oldIndex = siblings.stream().mapToInt(p -> pairs.get(p).siblingIndex()).toArray();
            int[] weight = siblings.stream().mapToInt(p -> p.tokens() + 1).toArray();
            boolean[] kept = heaviestIncreasing(oldIndex, weight);
            for (int i = 0; i < siblings.size(); i++) {
                if (!kept[i]) {
                    moved.add(siblings.get(i));
                }
            }
        }
        return moved;
    }

    /**
     * The increasing run of old positions with the most tokens: when sections swap places, the smaller
     * one is the one that moved.
     */
    private static boolean[] heaviestIncreasing(int[] values, int[] weight) {
        int n = values.length;
        long[] length = new long[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = weight[i];
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (values[j] < values[i] && length[j] + weight[i] > length[i]) {
                    length[i] = length[j] + weight[i];
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }

    /** Dice coefficient of the two texts' word multisets. */
    static double similarity(String a, String b) {
        Map<String, Integer> left = words(a);
        Map<String, Integer> right = words(b);
        int sizeA = left.values().stream().mapToInt(Integer::intValue).sum();
        int sizeB = right.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeA + sizeB == 0) {
            return 1.0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            common += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"))
                .filter(w -> !w.isEmpty()).forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    private static List<FieldChange> fields(Skill before, Skill after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((key, value) -> {
            String was = old.get(key);
            if (!value.equals(was)) {
                changes.add(new FieldChange(key, Optional.ofNullable(was), Optional.of(value)));
            }
        });
        old.forEach((key, value) -> {
            if (!now.containsKey(key)) {
                changes.add(new FieldChange(key, Optional.of(value), Optional.empty()));
            }
        });
        return changes;
    }

    private static Map<String, String> flatten(Skill skill) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = skill.skillFile().text();
        for (YamlEntry entry : skill.frontmatter().entries()) {
            if (entry.value() instanceof YamlScalar scalar) {
                fields.put(entry.key(), scalar.text());
            } else if (entry.value() instanceof YamlMapping mapping
                    && mapping.entries().stream().allMatch(e -> e.value() instanceof YamlScalar)) {
                mapping.entries().forEach(e -> fields.put(entry.key() + "." + e.key(), ((YamlScalar) e.value()).text()));
            } else {
                fields.put(entry.key(), normalise(text.substring(entry.extent().offset(), entry.extent().endOffset())));
            }
        }
        return fields;
    }

    private static List<FileChange> files(Skill before, Skill after) {
        Map<String, Optional<byte[]>> old = contents(before);
        Map<String, Optional<byte[]>> now = contents(after);
        List<FileChange> changes = new ArrayList<>();
        for (String path : new TreeSet<>(union(old, now))) {
            if (!old.containsKey(path)) {
                changes.add(new FileChange(path, FileChange.Kind.ADDED));
            } else if (!now.containsKey(path)) {
                changes.add(new FileChange(path, FileChange.Kind.REMOVED));
            } else if (!sameContent(old.get(path), now.get(path))) {
                changes.add(new FileChange(path, FileChange.Kind.CHANGED));
            }
        }
        return changes;
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static Map<String, Optional<byte[]>> contents(Skill skill) {
        Map<String, Optional<byte[]>> files = new TreeMap<>();
        for (Resource resource : skill.resources()) {
            if (!resource.relativePath().equals(SectionDiff.CHANGELOG)) {
                files.put(resource.relativePath(), resource.content().map(c -> comparable(resource, c.toByteArray())));
            }
        }
        return files;
    }

    private static byte[] comparable(Resource resource, byte[] bytes) {
        if (!resource.isText()) {
            return bytes;
        }
        return resource.text().replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean sameContent(Optional<byte[]> a, Optional<byte[]> b) {
        // a file too large to read on either side is compared by whether both were unread
        return a.isPresent() == b.isPresent() && (a.isEmpty() || Arrays.equals(a.get(), b.get()));
    }
}
