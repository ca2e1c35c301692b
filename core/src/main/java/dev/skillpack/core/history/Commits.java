package dev.skillpack.core.history;

import java.time.OffsetDateTime;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Turns JGit commits into {@link CommitInfo} values. */
final class Commits {
    private Commits() {
    }

    static CommitInfo info(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        OffsetDateTime date = OffsetDateTime.ofInstant(author.getWhenAsInstant(), author.getZoneId());
        String id = commit.getId().name();
        return new CommitInfo(id, id.substring(0, 7), author.getName(), author.getEmailAddress(), date,
                commit.getShortMessage());
    }
}
