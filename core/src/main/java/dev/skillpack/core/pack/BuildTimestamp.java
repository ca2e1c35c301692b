package dev.skillpack.core.pack;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one time stamp every entry of a reproducible archive carries, read from the forms builds use:
 * Maven's {@code project.build.outputTimestamp} (an ISO-8601 date-time with offset, or seconds since the
 * epoch) and {@code SOURCE_DATE_EPOCH} (seconds since the epoch).
 */
public final class BuildTimestamp {
    /** The earliest time a zip entry can hold (MS-DOS dates start in 1980). */
    public static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");
    /** The latest time a zip entry can hold without an extra field. */
    public static final Instant LATEST = Instant.parse("2107-12-31T23:59:58Z");

    private BuildTimestamp() {
    }

    /**
     * @param value {@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T01:00:00+01:00} or {@code 1767225600}
     * @return the instant
     * @throws IllegalArgumentException with a message naming the value when it is neither form, or lies
     *         outside 1980-01-01 to 2107-12-31 (what a zip entry can hold)
     */
    public static Instant parse(String value) {
        String v = value.strip();
        Instant instant;
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
            try {
                instant = Instant.ofEpochSecond(Long.parseLong(v));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw invalid(value);
            }
        } else {
            try {
                instant = OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("time stamp '" + printable(value) + "' is outside 1980-01-01 to "
                    + "2107-12-31, the range a zip entry can hold");
        }
        return instant;
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("time stamp '" + printable(value) + "' is neither an ISO-8601 "
                + "date-time with offset (2026-01-01T00:00:00Z) nor seconds since 1970 (1767225600)");
    }

    private static String printable(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }
}
