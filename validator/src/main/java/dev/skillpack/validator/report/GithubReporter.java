package dev.skillpack.validator.report;

import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Severity;

/**
 * GitHub Actions workflow commands, one line per unsuppressed finding:
 * {@code ::error file=path,line=3,col=7,endLine=3,endColumn=10,title=SP010(name-format)::message}.
 * Infos become {@code ::notice}. Values are escaped as the runner expects ({@code %}, CR and LF
 * everywhere; also {@code ,} and {@code :} in properties), so every line this writes is exactly one
 * command and untrusted text never starts a line.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.result().active()) {
            String command = f.severity() == Severity.INFO ? "notice" : f.severity().id();
            out.append("::").append(command)
                    .append(" file=").append(property(f.span().path()))
                    .append(",line=").append(f.span().line())
                    .append(",col=").append(f.span().column())
                    .append(",endLine=").append(f.span().endLine())
                    .append(",endColumn=").append(f.span().endColumn())
                    .append(",title=").append(property(f.ruleId() + "(" + f.alias() + ")"))
                    .append("::").append(data(f.message()))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * @param s an untrusted message
     * @return it as a workflow-command value: {@code %}, CR and LF percent-encoded (the runner decodes
     *         them), every other control, bidirectional or invisible character as a &#92;u001b-style
     *         escape (GitHub's log viewer renders ANSI sequences)
     */
    static String data(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> {
                    if (UntrustedText.unsafe(cp)) {
                        out.append(UntrustedText.escapeOf(cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * @param s an untrusted property value (a file path, a title)
     * @return it escaped as {@link #data}, with {@code :} and {@code ,} percent-encoded too
     */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
