package dev.skillpack.validator.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (three lines of context, {@code --- a/path} / {@code +++ b/path}) between two texts,
 * for {@code --fix --dry-run}. Lines are compared with a longest-common-subsequence over the region
 * between the common head and tail, which is where fixes change anything.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** A line and the break that ends it ({@code "\n"}, {@code "\r\n"} or none): a changed break is a change. */
    private record Line(String text, String ending) {
        boolean newline() {
            return !ending.isEmpty();
        }
    }

    private enum Op { SAME, DELETE, INSERT }

    private record Step(Op op, Line line, int oldIndex, int newIndex) {
    }

    /**
     * @param path the file's display path
     * @param before the old text
     * @param after the new text
     * @return the diff, empty when the texts are equal
     */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Line> a = lines(before);
        List<Line> b = lines(after);
        List<Step> steps = steps(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < steps.size()) {
            if (steps.get(i).op() == Op.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes follow within 2 * CONTEXT unchanged lines
            while (true) {
                while (end < steps.size() && steps.get(end).op() != Op.SAME) {
                    end++;
                }
                int same = end;
                while (same < steps.size() && steps.get(same).op() == Op.SAME) {
                    same++;
                }
                if (same < steps.size() && same - end <= 2 * CONTEXT) {
                    end = same;
                } else {
                    end = Math.min(steps.size(), end + CONTEXT);
                    break;
                }
            }
            hunk(steps.subList(start, end), out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<Step> steps, StringBuilder out) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Step s : steps) {
            if (s.op() != Op.INSERT) {
                oldCount++;
                if (oldStart < 0) {
                    oldStart = s.oldIndex();
                }
            }
            if (s.op() != Op.DELETE) {
                newCount++;
                if (newStart < 0) {
                    newStart = s.newIndex();
                }
            }
        }
        if (oldStart < 0) {
            oldStart = steps.get(0).oldIndex();
        }
        if (newStart < 0) {
            newStart = steps.get(0).newIndex();
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (Step s : steps) {
            out.append(switch (s.op()) {
                case SAME -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            }).append(s.line().text());
            // the break is printed as the file has it, as git does, so the diff is exactly what is written
            if (s.line().newline()) {
                out.append(s.line().ending());
            } else {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        int first = count == 0 ? start : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    private static List<Line> lines(String text) {
        List<Line> result = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                result.add(new Line(text.substring(at), ""));
                break;
            }
            String line = text.substring(at, nl);
            boolean crlf = line.endsWith("\r");
            result.add(new Line(crlf ? line.substring(0, line.length() - 1) : line, crlf ? "\r\n" : "\n"));
            at = nl + 1;
        }
        return result;
    }

    private static List<Step> steps(List<Line> a, List<Line> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            steps.add(new Step(Op.SAME, a.get(k), k, k));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
                steps.add(new Step(Op.SAME, a.get(head + i), head + i, head + j));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                steps.add(new Step(Op.DELETE, a.get(head + i), head + i, head + j));
                i++;
            } else {
                steps.add(new Step(Op.INSERT, b.get(head + j), head + i, head + j));
                j++;
            }
        }
        for (int k = 0; k < tail; k++) {
            steps.add(new Step(Op.SAME, a.get(a.size() - tail + k), a.size() - tail + k, b.size() - tail + k));
        }
        return steps;
    }
}
