package dev.skillpack.validator.cli;

import dev.skillpack.core.history.HistoryEntry;
import dev.skillpack.core.history.SkillHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a skill's token history as a self-contained SVG (no scripts, fonts, styles or images from
 * elsewhere): stacked areas for metadata, SKILL.md body and references, oldest commit on the left, the
 * total written above each point, a marker where {@code metadata.version} changes, and each commit's short
 * id and date under the axis.
 */
final class TokenTrendChart {
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 90;
    private static final String[][] SERIES = {
            {"metadata", "#7b61c9"}, {"SKILL.md body", "#2f7fc1"}, {"references", "#39a96b"}};

    private TokenTrendChart() {
    }

    static String render(SkillHistory history, String title) {
        List<HistoryEntry> points = new ArrayList<>(history.entries());
        java.util.Collections.reverse(points); // oldest first, left to right
        int n = points.size();
        int step = n <= 1 ? 0 : Math.max(24, Math.min(90, 900 / (n - 1)));
        int width = Math.max(640, LEFT + RIGHT + step * Math.max(0, n - 1) + 40);
        int plotWidth = width - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int max = points.stream().mapToInt(p -> p.tokens().total()).max().orElse(0);
        int axisMax = niceCeiling(Math.max(max, 10));

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(xml("Token trend of " + title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"17\" font-weight=\"bold\" fill=\"#222\">")
                .append(xml("Tokens of " + title)).append("</text>\n");
        String sub = n + (n == 1 ? " commit" : " commits") + ", oldest left; "
                + (history.complete() ? "complete history" : "shallow clone: history stops at "
                + history.cutAt().map(c -> c.shortId()).orElse("?"));
        svg.append("<text x=\"").append(LEFT).append("\" y=\"48\" fill=\"#555\">").append(xml(sub)).append("</text>\n");

        // grid and y axis
        for (int i = 0; i <= 4; i++) {
            int value = axisMax * i / 4;
            double y = TOP + plotHeight - (double) plotHeight * value / axisMax;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    LEFT, y, LEFT + plotWidth, y, i == 0 ? "#444" : "#e3e3e3"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#444\">%s</text>%n",
                    LEFT - 8, y + 4, String.format(Locale.ROOT, "%,d", value)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" fill=\"#444\" transform=\"rotate(-90 16 %d)\" "
                + "text-anchor=\"middle\">tokens</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));

        if (n > 0) {
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = n == 1 ? LEFT + plotWidth / 2.0 : LEFT + 20 + (double) (plotWidth - 40) * i / (n - 1);
            }
            int[][] layers = new int[3][n];
            for (int i = 0; i < n; i++) {
                HistoryEntry p = points.get(i);
                layers[0][i] = p.tokens().metadata();
                layers[1][i] = p.tokens().body();
                layers[2][i] = p.tokens().references().values().stream().mapToInt(Integer::intValue).sum();
            }
            int[] base = new int[n];
            for (int s = 0; s < 3; s++) {
                int[] top = new int[n];
                for (int i = 0; i < n; i++) {
                    top[i] = base[i] + layers[s][i];
                }
                svg.append("<path fill=\"").append(SERIES[s][1]).append("\" fill-opacity=\"0.75\" stroke=\"")
                        .append(SERIES[s][1]).append("\" d=\"").append(area(xs, base, top, axisMax, plotHeight, n))
                        .append("\"/>\n");
                base = top;
            }
            String lastVersion = null;
            for (int i = 0; i < n; i++) {
                HistoryEntry p = points.get(i);
                double y = yOf(p.tokens().total(), axisMax, plotHeight);
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#222\">"
                        + "<title>%s</title></circle>%n", xs[i], y, xml(p.commit().shortId() + " "
                        + p.commit().date().toLocalDate() + " " + p.commit().subject() + ": " + p.tokens().total()
                        + " tokens")));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                        + "font-size=\"11\" fill=\"#222\">%,d</text>%n", xs[i], y - 8, p.tokens().total()));
                String version = p.version().orElse(null);
                if (version != null && !Objects.equals(version, lastVersion)) {
                    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                            + "stroke=\"#c0392b\" stroke-dasharray=\"4 3\"/>%n", xs[i], TOP, xs[i], TOP + plotHeight));
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
                            + "font-size=\"11\" fill=\"#c0392b\">v%s</text>%n", xs[i], TOP - 6, xml(version)));
                }
                lastVersion = version;
                double ly = TOP + plotHeight + 16;
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"10\" "
                                + "fill=\"#444\" transform=\"rotate(-35 %.1f %.1f)\">%s %s</text>%n", xs[i], ly, xs[i], ly,
                        xml(p.commit().shortId()), p.commit().date().toLocalDate()));
            }
        } else {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">"
                    + "no commit has this skill</text>%n", LEFT + plotWidth / 2, TOP + plotHeight / 2));
        }
        // legend
        int lx = width - RIGHT - 330;
        for (int s = 0; s < 3; s++) {
            int x = lx + s * 110;
            svg.append("<rect x=\"").append(x).append("\" y=\"38\" width=\"12\" height=\"12\" fill=\"")
                    .append(SERIES[s][1]).append("\"/>\n");
            svg.append("<text x=\"").append(x + 17).append("\" y=\"48\" fill=\"#333\">").append(SERIES[s][0])
                    .append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String area(double[] xs, int[] base, int[] top, int axisMax, int plotHeight, int n) {
        StringBuilder d = new StringBuilder();
        double half = n == 1 ? 30 : 0; // a single commit is drawn as a bar
        for (int i = 0; i < n; i++) {
            if (n == 1) {
                d.append(String.format(Locale.ROOT, "M%.1f %.1f L%.1f %.1f ", xs[i] - half, yOf(top[i], axisMax, plotHeight),
                        xs[i] + half, yOf(top[i], axisMax, plotHeight)));
            } else {
                d.append(String.format(Locale.ROOT, "%s%.1f %.1f ", i == 0 ? "M" : "L", xs[i], yOf(top[i], axisMax, plotHeight)));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (n == 1) {
                d.append(String.format(Locale.ROOT, "L%.1f %.1f L%.1f %.1f ", xs[i] + half, yOf(base[i], axisMax, plotHeight),
                        xs[i] - half, yOf(base[i], axisMax, plotHeight)));
            } else {
                d.append(String.format(Locale.ROOT, "L%.1f %.1f ", xs[i], yOf(base[i], axisMax, plotHeight)));
            }
        }
        return d.append('Z').toString();
    }

    private static double yOf(int value, int axisMax, int plotHeight) {
        return TOP + plotHeight - (double) plotHeight * value / axisMax;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above the value. */
    static int niceCeiling(int value) {
        long power = 1;
        while (power * 10 <= value) {
            power *= 10;
        }
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * power >= value) {
                return (int) Math.round(f * power);
            }
        }
        return (int) (10 * power);
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD'); // not allowed in XML 1.0 at all
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
