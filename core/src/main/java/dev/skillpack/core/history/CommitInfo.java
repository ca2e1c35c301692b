package dev.skillpack.core.history;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One commit as people read it in a log.
 *
 * @param id the full 40-hex object id
 * @param shortId the first 7 hex digits
 * @param author the author's name
 * @param authorEmail the author's e-mail address
 * @param date when it was authored, in the author's time zone
 * @param subject the first line of the message
 */
public record CommitInfo(String id, String shortId, String author, String authorEmail, OffsetDateTime date,
                         String subject) {

    /** Validates the fields. */
    public CommitInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
    }
}
