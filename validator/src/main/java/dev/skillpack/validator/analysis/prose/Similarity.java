package dev.skillpack.validator.analysis.prose;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How alike two word sequences are. */
public final class Similarity {
    private Similarity() {
    }

    /**
     * The Ratcliff/Obershelp ratio: twice the number of words in matching blocks (found by taking the
     * longest common run, then recursing on both sides) over the total length. 1 means equal.
     *
     * @param a one sequence
     * @param b another
     * @return the ratio from 0 to 1
     */
    public static double ratio(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * matching(a, 0, a.size(), b, 0, b.size()) / (a.size() + b.size());
    }

    private static int matching(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi) {
        if (alo >= ahi || blo >= bhi) {
            return 0;
        }
        int bestI = alo;
        int bestJ = blo;
        int bestSize = 0;
        Map<Integer, Integer> lengths = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j = blo; j < bhi; j++) {
                if (a.get(i).equals(b.get(j))) {
                    int k = lengths.getOrDefault(j - 1, 0) + 1;
                    next.put(j, k);
                    if (k > bestSize) {
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                        bestSize = k;
                    }
                }
            }
            lengths = next;
        }
        if (bestSize == 0) {
            return 0;
        }
        return bestSize + matching(a, alo, bestI, b, blo, bestJ)
                + matching(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi);
    }

    /**
     * @param words a word sequence
     * @param size shingle length in words
     * @return the set of its shingles (the whole sequence when shorter than {@code size})
     */
    public static Set<String> shingles(List<String> words, int size) {
        Set<String> result = new HashSet<>();
        if (words.size() <= size) {
            result.add(String.join(" ", words));
            return result;
        }
        for (int i = 0; i + size <= words.size(); i++) {
            result.add(String.join(" ", words.subList(i, i + size)));
        }
        return result;
    }

    /**
     * @param a one set of shingles
     * @param b another
     * @param threshold a Jaccard index between 0 and 1
     * @return whether {@code jaccard(a, b) >= threshold}
     */
    /**
     * @param a one shingle set
     * @param b another
     * @return |a ∩ b| / |a ∪ b|, 0 when both are empty
     */
    public static boolean atLeast(Set<String> a, Set<String> b, double threshold) {
        int min = Math.min(a.size(), b.size());
        int max = Math.max(a.size(), b.size());
        // the Jaccard index never exceeds min/max, so most pairs are settled without a set lookup
        if (max > 0 && (double) min / max < threshold) {
            return false;
        }
        if (a.isEmpty() && b.isEmpty()) {
            return 0 >= threshold;
        }
        // the fewest common shingles that reach the threshold, by the same arithmetic as jaccard(a, b); the
        // index only grows with the common count, so counting stops as soon as the answer is settled
        int total = a.size() + b.size();
        int need = Math.max(0, (int) Math.floor(threshold * total / (1 + threshold)) - 1);
        while (need > 0 && (double) (need - 1) / (total - need + 1) >= threshold) {
            need--;
        }
        while (need <= min && (double) need / (total - need) < threshold) {
            need++;
        }
        if (need > min) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        int missesAllowed = min - need;
        for (String s : small) {
            if (large.contains(s)) {
                if (++common >= need) {
                    return true;
                }
            } else if (--missesAllowed < 0) {
                return false;
            }
        }
        return common >= need;
    }

    /**
     * @param a one set of shingles
     * @param b another
     * @return |a ∩ b| / |a ∪ b|, 0 when both are empty
     */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
