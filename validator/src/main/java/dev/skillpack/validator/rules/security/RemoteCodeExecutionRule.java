package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP421: commands that run code nobody reviewed: a download piped or substituted into a shell or
 * interpreter ({@code curl … | sh}, {@code iwr … | iex}, {@code bash <(curl …)}), an encoded payload
 * decoded and executed ({@code base64 -d | sh}, {@code exec(base64.b64decode(…))},
 * {@code powershell -EncodedCommand}), and reverse shells ({@code /dev/tcp/host/port}, {@code nc -e}).
 * Scans scripts and the shell code the skill tells the agent to run. Official installers from an
 * allow-listed host (rustup, uv, Homebrew, …) and documentation hosts ({@code example.com}) pass.
 */
public final class RemoteCodeExecutionRule extends CommandPatternRule {
    private static final List<String> TRUSTED = List.of("sh.rustup.rs", "astral.sh", "bun.sh", "deno.land",
            "get.pnpm.io", "install.python-poetry.org", "claude.ai", "fnm.vercel.app", "get.docker.com",
            "raw.githubusercontent.com/homebrew/", "raw.githubusercontent.com/nvm-sh/", "sdk.cloud.google.com",
            "cli.github.com", "pyenv.run", "get.sdkman.io", "apt.llvm.org");
    private static final OptionKey<List<String>> TRUSTED_INSTALLERS = OptionKey.stringList("trusted-installers",
            TRUSTED, "hosts (optionally with a path prefix) whose install scripts may be piped into a shell")
            .map(hosts -> hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    private static final RuleMeta META = RuleMeta.of("SP421", "remote-code-execution", Category.SECURITY,
            Severity.ERROR, "A script or command runs downloaded or encoded code, or opens a reverse shell.",
            TRUSTED_INSTALLERS);
    private static final String INTERPRETER = "(?:sudo(?:\\s+-\\S+){0,3}\\s+)?(?:env\\s+)?(?:/usr/bin/|/bin/)?"
            + "(?:ba|z|k|da|fi)?sh\\b|python[0-9.]*\\b|perl\\b|ruby\\b|node\\b|php\\b|iex\\b|invoke-expression\\b"
            + "|pwsh\\b|powershell\\b";
    private static final Check PIPE = new Check("pipes a download into a shell or interpreter",
            List.of("curl", "wget", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "fetch"),
            Pattern.compile("(?i)\\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|fetch)\\b(?:[^\\n|;&]|\\\\\\n){0,400}"
                    + "\\|\\s{0,4}(?:" + INTERPRETER + ")"));
    private static final Check SUBSTITUTE = new Check("runs a download through command substitution",
            List.of("curl", "wget", "downloadstring", "iwr"),
            Pattern.compile("(?i)(?:(?:ba|z)?sh\\s+(?:-c\\s+)?[\"']?(?:<\\(|\\$\\()|\\beval\\s+[\"']?\\$\\(|\\bsource\\s+<\\(|"
                    + "\\.\\s+<\\()\\s{0,3}(?:curl|wget)\\b[^\\n)]{0,400}|\\biex\\s*\\(?\\s*\\(?(?:iwr|irm|invoke-webrequest|"
                    + "new-object\\s+net\\.webclient\\)?\\.downloadstring)[^\\n]{0,300}"));
    private static final Check DECODE = new Check("decodes an encoded payload and runs it",
            List.of("base64", "xxd", "fromhex", "atob", "b64decode", "-enc", "frombase64string", "decode("),
            Pattern.compile("(?i)(?:\\bbase64\\s+(?:-d|--decode|-D)\\b[^\\n|;&]{0,200}\\|\\s{0,4}(?:" + INTERPRETER + ")"
                    + "|\\bxxd\\s+-r\\b[^\\n|;&]{0,200}\\|\\s{0,4}(?:" + INTERPRETER + ")"
                    + "|\\b(?:exec|eval)\\s*\\(\\s*(?:base64\\.b64decode|bytes\\.fromhex|codecs\\.decode|atob|"
                    + "Buffer\\.from)\\s*\\([^\\n]{0,300}"
                    + "|\\b(?:pwsh|powershell)(?:\\.exe)?\\b[^\\n]{0,100}\\s-(?:e|enc|encodedcommand)\\s+[A-Za-z0-9+/=]{16,}"
                    + "|\\[(?:system\\.)?convert\\]::frombase64string\\([^\\n]{0,300}\\|\\s{0,4}iex\\b)"));
    private static final Check REVERSE_SHELL = new Check("opens a reverse shell",
            List.of("/dev/tcp/", "/dev/udp/", "nc ", "ncat ", "netcat ", "socat ", "pty.spawn"),
            Pattern.compile("(?i)/dev/(?:tcp|udp)/[A-Za-z0-9.\\-]{1,253}/[0-9]{1,5}"
                    + "|\\b(?:nc|ncat|netcat)\\b[^\\n|;&]{0,120}\\s-(?:e|c)\\s+\\S{1,100}"
                    + "|\\bsocat\\b[^\\n]{0,200}\\bexec:[^\\n]{0,100}"
                    + "|\\bpty\\.spawn\\s*\\(\\s*[\"'](?:/bin/)?(?:ba)?sh[\"']"));
    private static final Pattern URL = Pattern.compile("https?://([^\\s\"'|)]{1,300})");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    List<Check> checks() {
        return List.of(PIPE, SUBSTITUTE, DECODE, REVERSE_SHELL);
    }

    @Override
    boolean accept(Check check, Matcher match, String text, RuleContext context) {
        if (check != PIPE && check != SUBSTITUTE) {
            return true;
        }
        Matcher url = URL.matcher(match.group());
        if (!url.find()) {
            return true;
        }
        String hostAndPath = url.group(1).toLowerCase(Locale.ROOT);
        String host = hostAndPath.contains("/") ? hostAndPath.substring(0, hostAndPath.indexOf('/')) : hostAndPath;
        if (host.equals("example.com") || host.endsWith(".example.com") || host.equals("example.org")
                || host.endsWith(".example") || host.endsWith(".test") || host.endsWith(".invalid")
                || host.equals("localhost") || host.startsWith("127.")) {
            return false;
        }
        for (String t : context.options().get(TRUSTED_INSTALLERS)) {
            if (t.contains("/") ? hostAndPath.startsWith(t) : host.equals(t) || host.endsWith("." + t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String message(Check check, String snippet, boolean script) {
        if (check == REVERSE_SHELL) {
            return String.format("'%s' %s, handing this machine to whoever listens at the other end; remove it",
                    snippet, check.what());
        }
        if (check == DECODE) {
            return String.format("'%s' %s, so nobody can review what runs; ship the decoded script as a reviewed "
                    + "file instead", snippet, check.what());
        }
        return String.format("'%s' %s; whatever the server sends runs with the user's rights, unreviewed: "
                + "download to a file, check its hash, then run it, or bundle a reviewed script", snippet, check.what());
    }

}
