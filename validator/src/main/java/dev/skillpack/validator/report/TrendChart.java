package dev.skillpack.validator.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link TokenTrend} as a small inline SVG line (no script, no external asset): one point per
 * commit, oldest on the left, scaled between the lowest and highest count; each point's tooltip names the
 * commit. A caption states the first and last counts in words, for readers who do not see the line.
 */
final class TrendChart {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 60;
    private static final int PAD = 6;

    private TrendChart() {
    }

    static void append(StringBuilder html, TokenTrend trend) {
        List<TokenTrend.Point> points = trend.points();
        int min = points.stream().mapToInt(TokenTrend.Point::tokens).min().orElse(0);
        int max = points.stream().mapToInt(TokenTrend.Point::tokens).max().orElse(0);
        TokenTrend.Point first = points.get(0);
        TokenTrend.Point last = points.get(points.size() - 1);
        String caption = points.size() == 1
                ? "tokens: " + HtmlReporter.number(last.tokens()) + " at " + at(last) + ", the one commit so far"
                : "tokens over " + points.size() + " commits: " + HtmlReporter.number(first.tokens()) + " at "
                        + at(first) + " \u2192 " + HtmlReporter.number(last.tokens()) + " at " + at(last);
        if (!trend.complete()) {
            caption += "; older commits are not in this shallow clone";
        }
        html.append("<figure class=\"trend\">\n<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReporter.text(caption)).append("\">\n");
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TokenTrend.Point p = points.get(i);
            String x = coordinate(points.size() == 1 ? WIDTH / 2.0
                    : PAD + i * (WIDTH - 2.0 * PAD) / (points.size() - 1));
            String y = coordinate(max == min ? HEIGHT / 2.0
                    : HEIGHT - PAD - (p.tokens() - min) * (HEIGHT - 2.0 * PAD) / (max - min));
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\"><title>")
                    .append(HtmlReporter.text(p.commit() + " " + p.date() + ": " + HtmlReporter.number(p.tokens())
                            + " tokens \u2014 " + p.subject()))
                    .append("</title></circle>\n");
        }
        if (points.size() > 1) {
            html.append("<polyline points=\"").append(line).append("\"/>\n");
        }
        html.append(dots).append("</svg>\n<figcaption>").append(HtmlReporter.text(caption))
                .append("</figcaption>\n</figure>\n");
    }

    private static String at(TokenTrend.Point p) {
        return p.commit() + " (" + p.date() + ")";
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
