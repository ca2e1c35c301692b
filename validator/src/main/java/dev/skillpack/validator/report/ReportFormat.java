package dev.skillpack.validator.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code skillpack validate --format}. */
public enum ReportFormat {
    /** For people: {@code path:line:col: severity ID(alias) message}, the line, a caret. */
    TEXT(new TextReporter()),
    /** Versioned JSON, see docs/json-schema.md. */
    JSON(new JsonReporter()),
    /** SARIF 2.1.0 for code scanning. */
    SARIF(new SarifReporter()),
    /** GitHub Actions workflow commands ({@code ::error file=...::message}). */
    GITHUB(new GithubReporter()),
    /** JUnit XML: one test suite per skill, one test case per rule. */
    JUNIT(new JunitReporter()),
    /** One self-contained HTML page: summary, token bars against budgets, findings by skill, file and rule. */
    HTML(new HtmlReporter()),
    /** GitLab Code Quality JSON, for the merge-request widget (artifacts:reports:codequality). */
    GITLAB(new GitlabReporter());

    private final Reporter reporter;

    ReportFormat(Reporter reporter) {
        this.reporter = reporter;
    }

    /** @return the name used on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the reporter */
    public Reporter reporter() {
        return reporter;
    }

    /**
     * @param id a format name (case-insensitive)
     * @return the format, if known
     */
    public static Optional<ReportFormat> byId(String id) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
