package dev.skillpack.validator.report;

import dev.skillpack.validator.Finding;
import dev.skillpack.validator.rule.Severity;

/**
 * GitHub Actions workflow commands, one line per unsuppressed finding:
 * {@code ::error file=path,line=3,col=7,endLine=3,endColumn=10,title=SP010(name-format)::message}.
 * Infos become {@code ::notice}. Values are escaped as the runner expects ({@code %}, CR and LF
 * everywhere; also {@code ,} and {@code :} in properties).
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

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
