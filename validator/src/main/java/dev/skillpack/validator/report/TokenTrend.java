package dev.skillpack.validator.report;

import java.util.List;
import java.util.Objects;

/**
 * A skill's token count over its git history, for the HTML report's trend line: one point per commit that
 * changed the skill, oldest first.
 *
 * @param points the commits, oldest first
 * @param complete whether the history reaches the commit that added the skill (false in a shallow clone)
 */
public record TokenTrend(List<Point> points, boolean complete) {

    /** Copies the points. */
    public TokenTrend {
        points = List.copyOf(points);
    }

    /**
     * One commit.
     *
     * @param commit the abbreviated commit id
     * @param date the commit date, {@code yyyy-mm-dd}
     * @param subject the commit's subject line (untrusted: escaped when shown)
     * @param tokens the skill's tokens at that commit: metadata, body and references together
     */
    public record Point(String commit, String date, String subject, int tokens) {
        /** Validates the fields. */
        public Point {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
