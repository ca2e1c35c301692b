package dev.skillpack.validator.engine;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.HtmlComment;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.validator.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments written in a pack's Markdown files and SKILL.md front matter:
 * <ul>
 *   <li>{@code <!-- skillpack-disable SP101 name-format -->} … {@code <!-- skillpack-enable SP101 -->}
 *       (no ids: every rule), from the comment to the matching enable or the end of the file;</li>
 *   <li>{@code <!-- skillpack-disable-next-line SP101 -->}: the line after the comment;</li>
 *   <li>{@code <!-- skillpack-disable-line SP101 -->}: the comment's own line(s);</li>
 *   <li>{@code <!-- skillpack-disable-file SP101 -->}: the whole file, wherever the comment stands;</li>
 *   <li>in YAML front matter, the same directives as {@code # skillpack-...} comments.</li>
 * </ul>
 * Rules are named by id or alias, separated by spaces or commas. Comments inside code blocks are
 * not directives. Immutable.
 */
public final class InlineSuppressions {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^skillpack-(disable-next-line|disable-line|disable-file|disable|enable)(?:[\\s,]+(.*))?$", Pattern.DOTALL);
    private static final Pattern YAML_COMMENT = Pattern.compile("^\\s*#\\s*(skillpack-\\S.*)$");
    private static final Pattern YAML_TRAILING = Pattern.compile("\\s#\\s*(skillpack-disable-line(?:[\\s,].*)?)$");

    private enum Kind { DISABLE, ENABLE, NEXT_LINE, SAME_LINE, FILE }

    private record Directive(Kind kind, Set<String> ids, int offset, int startLine, int endLine) {
        boolean covers(String ruleId) {
            return ids.isEmpty() || ids.contains(ruleId);
        }
    }

    private final Map<String, List<Directive>> byPath;

    private InlineSuppressions(Map<String, List<Directive>> byPath) {
        this.byPath = byPath;
    }

    /**
     * @param pack the parsed pack
     * @param canonicalId turns an id or alias as written into the rule id, or returns what it was given
     * @return the directives of every Markdown file of the pack
     */
    public static InlineSuppressions of(SkillPack pack, Function<String, String> canonicalId) {
        return merge(pack.skills().stream().map(skill -> of(skill, canonicalId)).toList());
    }

    /**
     * @param parts the directives of several skills (their files are distinct)
     * @return all of them
     */
    public static InlineSuppressions merge(List<InlineSuppressions> parts) {
        Map<String, List<Directive>> byPath = new HashMap<>();
        parts.forEach(part -> byPath.putAll(part.byPath));
        return new InlineSuppressions(Map.copyOf(byPath));
    }

    /**
     * @param skill a parsed skill
     * @param canonicalId turns an id or alias as written into the rule id, or returns what it was given
     * @return the directives of the skill's Markdown files and front matter
     */
    public static InlineSuppressions of(Skill skill, Function<String, String> canonicalId) {
        Map<String, List<Directive>> byPath = new HashMap<>();
        for (MarkdownDocument doc : skill.markdownFiles()) {
            List<Directive> directives = new ArrayList<>();
            for (HtmlComment comment : doc.comments()) {
                parse(comment.text(), comment.span().offset(), comment.span().lineIndex(),
                        comment.span().endLineIndex(), canonicalId, directives);
            }
            if (doc == skill.body()) {
                frontmatterDirectives(skill.frontmatter(), skill.skillFile(), canonicalId, directives);
            }
            if (!directives.isEmpty()) {
                directives.sort(Comparator.comparingInt(Directive::offset));
                byPath.put(doc.path(), List.copyOf(directives));
            }
        }
        return new InlineSuppressions(Map.copyOf(byPath));
    }

    private static void frontmatterDirectives(Frontmatter frontmatter, TextFile file, Function<String, String> canonicalId,
                                              List<Directive> out) {
        if (!frontmatter.present()) {
            return;
        }
        LineMap lines = file.lines();
        for (int i = frontmatter.yamlSpan().lineIndex(); i <= frontmatter.yamlSpan().endLineIndex()
                && i < lines.lineCount(); i++) {
            String text = lines.lineText(i);
            Matcher full = YAML_COMMENT.matcher(text);
            Matcher trailing = YAML_TRAILING.matcher(text);
            if (full.matches()) {
                parse(full.group(1), lines.lineStart(i) + text.indexOf('#'), i, i, canonicalId, out);
            } else if (trailing.find()) {
                parse(trailing.group(1), lines.lineStart(i) + trailing.start() + 1, i, i, canonicalId, out);
            }
        }
    }

    private static void parse(String text, int offset, int startLine, int endLine, Function<String, String> canonicalId,
                              List<Directive> out) {
        Matcher m = DIRECTIVE.matcher(text.strip());
        if (!m.matches()) {
            return;
        }
        Kind kind = switch (m.group(1)) {
            case "disable" -> Kind.DISABLE;
            case "enable" -> Kind.ENABLE;
            case "disable-next-line" -> Kind.NEXT_LINE;
            case "disable-line" -> Kind.SAME_LINE;
            default -> Kind.FILE;
        };
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (m.group(2) != null) {
            for (String token : m.group(2).strip().split("[\\s,]+")) {
                if (!token.isEmpty()) {
                    ids.add(canonicalId.apply(token));
                }
            }
        }
        out.add(new Directive(kind, Set.copyOf(ids), offset, startLine, endLine));
    }

    /**
     * @param finding a finding
     * @return whether a comment in the finding's file suppresses it
     */
    public boolean suppresses(Finding finding) {
        List<Directive> directives = byPath.get(finding.span().path());
        if (directives == null) {
            return false;
        }
        String id = finding.ruleId();
        int line = finding.span().lineIndex();
        int offset = finding.span().offset();
        boolean disabled = false;
        for (Directive d : directives) {
            if (!d.covers(id)) {
                continue;
            }
            switch (d.kind()) {
                case FILE -> {
                    return true;
                }
                case NEXT_LINE -> {
                    if (line == d.endLine() + 1) {
                        return true;
                    }
                }
                case SAME_LINE -> {
                    if (line >= d.startLine() && line <= d.endLine()) {
                        return true;
                    }
                }
                case DISABLE -> {
                    if (d.offset() <= offset) {
                        disabled = true;
                    }
                }
                case ENABLE -> {
                    if (d.offset() <= offset) {
                        disabled = false;
                    }
                }
            }
        }
        return disabled;
    }
}
