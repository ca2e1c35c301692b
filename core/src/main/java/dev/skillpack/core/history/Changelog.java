package dev.skillpack.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Writes release sections into a skill's CHANGELOG.md, newest first. */
final class Changelog {
    private Changelog() {
    }

    static String section(SemanticVersion version, LocalDate date, Optional<Bump> bump, boolean inferred,
                          List<CommitInfo> commits, Optional<ReleaseTag> previous) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(version).append(" - ").append(date).append("\n\n");
        if (bump.isPresent()) {
            out.append(bump.get().label()).append(" release").append(inferred ? " (inferred from the section diff)" : "")
                    .append(previous.map(p -> " after " + p.version()).orElse("")).append(".\n\n");
        } else {
            out.append(previous.isEmpty() ? "First release.\n\n" : "Version raised by hand.\n\n");
        }
        if (commits.isEmpty()) {
            out.append("- no commits changed the skill\n");
        }
        for (CommitInfo commit : commits) {
            out.append("- ").append(commit.subject().strip()).append(" (").append(commit.shortId()).append(")\n");
        }
        return out.toString();
    }

    /**
     * Puts the section after the change log's title ({@code # ...} as first line) or at the top, keeping
     * the file's line breaks.
     */
    static String prepend(String existing, String section) {
        boolean crlf = existing.contains("\r\n");
        String text = existing.startsWith("\uFEFF") ? existing.substring(1) : existing;
        String result;
        if (text.isBlank()) {
            result = "# Changelog\n\n" + section;
        } else if (text.startsWith("# ")) {
            int lineEnd = text.indexOf('\n');
            String title = lineEnd < 0 ? text : text.substring(0, lineEnd + 1);
            String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1).replace("\r\n", "\n").stripLeading();
            result = title.replace("\r\n", "\n").stripTrailing() + "\n\n" + section + (rest.isEmpty() ? "" : "\n" + rest);
        } else {
            result = section + "\n" + text.replace("\r\n", "\n");
        }
        if (!result.endsWith("\n")) {
            result += "\n";
        }
        return crlf ? result.replace("\n", "\r\n") : result;
    }
}
