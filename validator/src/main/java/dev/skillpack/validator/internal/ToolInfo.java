package dev.skillpack.validator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, version and web addresses of skillpack, as reports and the CLI show them. */
public final class ToolInfo {
    /** The tool's name in reports. */
    public static final String NAME = "skillpack";
    /** The project's home page. */
    public static final String INFORMATION_URI = "https://github.com/skillpack-dev/skillpack";
    /** Where rule pages are published; a rule's page is this plus {@code <id>.md}. */
    public static final String RULE_DOCS_URI = INFORMATION_URI + "/blob/main/docs/rules/";

    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    /** @return the version this jar was built as, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String version() {
        return VERSION;
    }

    /**
     * @param ruleId a rule id
     * @return the address of its doc page
     */
    public static String ruleDocUri(String ruleId) {
        return RULE_DOCS_URI + ruleId + ".md";
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
