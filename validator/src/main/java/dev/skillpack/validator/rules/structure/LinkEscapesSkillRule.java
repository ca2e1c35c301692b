package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Locale;

/**
 * A link leaves the skill folder ({@code ../}, an absolute path, {@code file:}): it works in the
 * author's repository and breaks once the skill is installed or packaged on its own. Templates (files
 * under {@code templates/} or {@code assets/}, or named for a template) are left alone: the agent copies
 * them into the user's project, and their links point into that project, not into the skill.
 */
public final class LinkEscapesSkillRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP207", "link-escapes-skill", Category.STRUCTURE,
            Severity.ERROR, "A link points outside the skill folder.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath()) || template(doc.file().relativePath())) {
                continue;
            }
            for (Link link : doc.links()) {
                String destination = link.destination().strip();
                if (BrokenLinkRule.templated(destination)) {
                    continue;
                }
                boolean fileScheme = destination.toLowerCase(Locale.ROOT).startsWith("file:");
                if (link.target().kind() == LinkTarget.Kind.OUTSIDE || fileScheme) {
                    String decoded = decoded(destination);
                    boolean absolute = fileScheme || !decoded.startsWith("..");
                    String how = absolute ? "is an absolute path" : "leaves the skill folder";
                    if (!decoded.equals(destination)) {
                        how += " (it decodes to '" + decoded + "')";
                    }
                    context.report(link.span(), String.format("link '%s' %s; it breaks once the skill is installed "
                            + "or packaged on its own — copy what it needs into the skill and link it relatively",
                            destination, how));
                }
            }
        }
    }

    /** Percent-escapes decoded as a browser or agent would before resolving: {@code %2e%2e%2f} is {@code ../}. */
    static String decoded(String destination) {
        if (destination.indexOf('%') < 0) {
            return destination;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            int hi = i + 2 < destination.length() ? Character.digit(destination.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(destination.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * @param relativePath a skill-relative path
     * @return whether the file is a template the agent fills in and writes into the user's project:
     *         under a {@code templates/}, {@code template/} or {@code assets/} folder, or with "template" in its name
     */
    static boolean template(String relativePath) {
        String path = relativePath.toLowerCase(Locale.ROOT);
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String folders = "/" + path.substring(0, slash + 1);
        return name.contains("template") || folders.contains("/templates/") || folders.contains("/template/")
                || folders.contains("/assets/");
    }
}
