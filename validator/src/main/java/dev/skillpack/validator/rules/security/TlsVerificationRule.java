package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP425: certificate checks turned off in scripts and code the skill tells the agent to run:
 * {@code curl -k}, {@code wget --no-check-certificate}, {@code verify=False},
 * {@code NODE_TLS_REJECT_UNAUTHORIZED=0}, {@code rejectUnauthorized: false},
 * {@code InsecureSkipVerify: true}, {@code git -c http.sslVerify=false}, {@code pip --trusted-host},
 * {@code npm config set strict-ssl false}. Anyone on the network can then answer in the server's name.
 */
public final class TlsVerificationRule extends CommandPatternRule {
    private static final RuleMeta META = RuleMeta.of("SP425", "tls-verification-off", Category.SECURITY,
            Severity.WARNING, "A command or script turns off TLS certificate verification.");
    private static final Check TLS = new Check("turns off certificate verification",
            List.of("curl", "wget", "verify", "tls_reject", "rejectunauthorized", "insecureskipverify", "sslverify",
                    "ssl_no_verify", "trusted-host", "strict-ssl", "unverified_context", "skipcertificatecheck",
                    "httpsverify"),
            Pattern.compile("\\bcurl\\b[^\\n|;&]{0,200}\\s(?:-[A-Za-jl-z]{0,6}k[A-Za-z]{0,6}|--insecure)(?=\\s|$)"
                    + "|\\bwget\\b[^\\n|;&]{0,200}\\s--no-check-certificate\\b"
                    + "|\\bverify\\s*=\\s*False\\b"
                    + "|\\bNODE_TLS_REJECT_UNAUTHORIZED\\s*[=:]\\s*[\"']?0"
                    + "|\\brejectUnauthorized\\s*:\\s*false\\b"
                    + "|\\bInsecureSkipVerify\\s*:\\s*true\\b"
                    + "|(?i:http\\.sslverify)\\s*[= ]\\s*(?i:false)\\b|\\bGIT_SSL_NO_VERIFY\\s*=\\s*[\"']?(?:1|true)"
                    + "|\\bpip3?\\b[^\\n|;&]{0,200}\\s--trusted-host\\s+\\S{1,100}"
                    + "|\\bnpm\\s+config\\s+set\\s+strict-ssl\\s+false\\b"
                    + "|\\bssl\\._create_unverified_context\\b"
                    + "|\\s-SkipCertificateCheck\\b"
                    + "|\\bPYTHONHTTPSVERIFY\\s*=\\s*[\"']?0"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    List<Check> checks() {
        return List.of(TLS);
    }

    @Override
    boolean anyLanguage() {
        return true;
    }

    @Override
    String message(Check check, String snippet, boolean script) {
        return String.format("'%s' %s, so anyone on the network can answer in the server's name; keep verification "
                + "on and install the right CA certificate instead", snippet, check.what());
    }
}
