package dev.skillpack.core.write;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Section;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Edits a parsed SKILL.md by splicing its text at source spans: one front-matter field set, added or
 * removed, or one section replaced. Every character outside the edit stays as it was — comments, key
 * order, quoting style, line breaks and the byte-order mark (see {@link SkillWriter#encode}).
 * Each method returns either the {@link TextEdit} (to combine, or to offer as a fix) or the edited text.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String text = SkillEditor.of(skill).setField("description", "Fills PDF forms. Use when ...");
 * Files.write(skillMd, SkillWriter.encode(text, skill.skillFile().byteOrderMark()));
 * }</pre>
 */
public final class SkillEditor {
    private static final Set<ProblemCode> UNEDITABLE = Set.of(ProblemCode.FRONTMATTER_MISSING,
            ProblemCode.FRONTMATTER_UNCLOSED, ProblemCode.YAML_SYNTAX, ProblemCode.YAML_NOT_MAPPING,
            ProblemCode.YAML_LIMIT);

    private final Skill skill;
    private final TextFile file;
    private final Frontmatter frontmatter;

    private SkillEditor(Skill skill) {
        this.skill = skill;
        this.file = skill.skillFile();
        this.frontmatter = skill.frontmatter();
    }

    /**
     * @param skill a parsed skill
     * @return an editor of its SKILL.md
     */
    public static SkillEditor of(Skill skill) {
        return new SkillEditor(skill);
    }

    /**
     * Sets a top-level field to a string. An existing field keeps its place and only its value is
     * replaced; a new specification field goes after the specification fields before it (or first),
     * any other new field at the end of the front matter.
     *
     * @param key a top-level key
     * @param value the new value, quoted as YAML needs
     * @return the edit
     * @throws IllegalStateException when the front matter is missing, unclosed or not a readable mapping
     */
    public TextEdit setFieldEdit(String key, String value) {
        requireEditableFrontmatter();
        String text = file.text();
        String rendered = YamlStrings.scalar(value);
        Optional<YamlEntry> existing = frontmatter.entry(key);
        if (existing.isPresent()) {
            YamlEntry entry = existing.get();
            int colon = text.indexOf(':', entry.keySpan().endOffset());
            int end = entry.extent().endOffset();
            if (entry.value() instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL
                    && scalar.span().offset() > colon && scalar.span().offset() <= end) {
                return new TextEdit(scalar.span().offset(), end - scalar.span().offset(), rendered);
            }
            return new TextEdit(colon + 1, end - colon - 1, " " + rendered);
        }
        String line = YamlStrings.scalar(key) + ": " + rendered + lineBreak();
        return new TextEdit(insertionPoint(key), 0, line);
    }

    /**
     * @param key a top-level key
     * @param value the new value
     * @return SKILL.md's text with the field set
     * @throws IllegalStateException when the front matter is missing, unclosed or not a readable mapping
     */
    public String setField(String key, String value) {
        return TextEdit.apply(file.text(), List.of(setFieldEdit(key, value)));
    }

    /**
     * Sets one key of the {@code metadata} mapping (where a skill's version lives) to a string. An existing
     * value is replaced in its quoting style (double, single or plain); a new key goes after the last key
     * of {@code metadata}, indented like it; a missing {@code metadata} is added with the key.
     *
     * @param key a key of {@code metadata}
     * @param value the new value
     * @return the edit
     * @throws IllegalStateException when the front matter cannot be edited, or {@code metadata} is not a
     *         block mapping of scalars (a flow mapping, a list, a multi-line value)
     */
    public TextEdit setMetadataEdit(String key, String value) {
        requireEditableFrontmatter();
        String text = file.text();
        Optional<YamlEntry> metadata = frontmatter.entry("metadata");
        String lineBreak = lineBreak();
        if (metadata.isEmpty()) {
            String block = "metadata:" + lineBreak + "  " + YamlStrings.scalar(key) + ": " + YamlStrings.scalar(value)
                    + lineBreak;
            return new TextEdit(insertionPoint("metadata"), 0, block);
        }
        YamlEntry entry = metadata.get();
        int colon = text.indexOf(':', entry.keySpan().endOffset());
        if (entry.value() instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL) {
            return new TextEdit(colon + 1, entry.extent().endOffset() - colon - 1, lineBreak + "  "
                    + YamlStrings.scalar(key) + ": " + YamlStrings.scalar(value));
        }
        if (!(entry.value() instanceof YamlMapping mapping) || mapping.entries().isEmpty()
                || mapping.entries().get(0).keySpan().lineIndex() == entry.keySpan().lineIndex()) {
            throw new IllegalStateException("metadata in " + file.path() + " is not a block mapping; write it as "
                    + "'metadata:' with one indented 'key: value' line per key");
        }
        Optional<YamlEntry> existing = mapping.entry(key);
        if (existing.isPresent()) {
            if (!(existing.get().value() instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL
                    || scalar.span().lineIndex() != existing.get().keySpan().lineIndex()) {
                throw new IllegalStateException("metadata." + key + " in " + file.path() + " is not a one-line "
                        + "value; write it as '" + key + ": \"...\"'");
            }
            int start = scalar.span().offset();
            int end = scalarEnd(text, start, scalar.span().endOffset());
            char quote = text.charAt(start);
            String rendered = quote == '"' ? YamlStrings.doubleQuoted(value)
                    : quote == '\'' ? "'" + value.replace("'", "''") + "'" : YamlStrings.scalar(value);
            return new TextEdit(start, end - start, rendered);
        }
        YamlEntry first = mapping.entries().get(0);
        String indent = " ".repeat(first.keySpan().columnIndex());
        return new TextEdit(afterLineBreak(entry.extent().endOffset()), 0,
                indent + YamlStrings.scalar(key) + ": " + YamlStrings.scalar(value) + lineBreak);
    }

    /**
     * @param key a key of {@code metadata}
     * @param value the new value
     * @return SKILL.md's text with the key set
     * @throws IllegalStateException as {@link #setMetadataEdit(String, String)}
     */
    public String setMetadata(String key, String value) {
        return TextEdit.apply(file.text(), List.of(setMetadataEdit(key, value)));
    }

    /** Where a one-line scalar starting at {@code start} ends: after its closing quote, or before a comment. */
    private static int scalarEnd(String text, int start, int lineEnd) {
        char quote = text.charAt(start);
        if (quote == '"') {
            for (int i = start + 1; i < lineEnd; i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == '"') {
                    return i + 1;
                }
            }
            return lineEnd;
        }
        if (quote == '\'') {
            for (int i = start + 1; i < lineEnd; i++) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return i + 1;
                    }
                }
            }
            return lineEnd;
        }
        int comment = text.indexOf(" #", start);
        int end = comment >= 0 && comment < lineEnd ? comment : lineEnd;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Removes a top-level field: its lines, from the key to the end of its value, with the line break.
     *
     * @param key a top-level key
     * @return the edit
     * @throws IllegalArgumentException when the field is not there
     * @throws IllegalStateException when the front matter is missing, unclosed or not a readable mapping
     */
    public TextEdit removeFieldEdit(String key) {
        requireEditableFrontmatter();
        YamlEntry entry = frontmatter.entry(key).orElseThrow(() ->
                new IllegalArgumentException("front matter of " + file.path() + " has no field '" + key + "'"));
        int start = entry.extent().offset();
        int end = afterLineBreak(entry.extent().endOffset());
        return new TextEdit(start, end - start, "");
    }

    /**
     * @param key a top-level key
     * @return SKILL.md's text without the field
     * @throws IllegalArgumentException when the field is not there
     * @throws IllegalStateException when the front matter is missing, unclosed or not a readable mapping
     */
    public String removeField(String key) {
        return TextEdit.apply(file.text(), List.of(removeFieldEdit(key)));
    }

    /**
     * @param section a section of SKILL.md's body
     * @param markdown the new text of the whole section, heading included
     * @return the edit
     * @throws IllegalArgumentException when the section is not one of SKILL.md's
     */
    public TextEdit replaceSectionEdit(Section section, String markdown) {
        return sectionEdit(skill.body(), section, markdown);
    }

    /**
     * @param section a section of SKILL.md's body
     * @param markdown the new text of the whole section, heading included
     * @return SKILL.md's text with the section replaced
     * @throws IllegalArgumentException when the section is not one of SKILL.md's
     */
    public String replaceSection(Section section, String markdown) {
        return TextEdit.apply(file.text(), List.of(replaceSectionEdit(section, markdown)));
    }

    /**
     * Replaces a section of any Markdown file of a skill, from its heading to the end of its last block
     * (sub-sections included). Line breaks in {@code markdown} are written the way the file writes them.
     *
     * @param document the file
     * @param section one of its sections, at any depth
     * @param markdown the new text of the whole section, heading included
     * @return the edit
     * @throws IllegalArgumentException when the section is not one of the document's
     */
    public static TextEdit sectionEdit(MarkdownDocument document, Section section, String markdown) {
        if (document.allSections().noneMatch(section::equals)) {
            throw new IllegalArgumentException("section '" + section.heading().text() + "' is not in "
                    + document.path());
        }
        String replacement = markdown.replace("\r\n", "\n").stripTrailing();
        if (document.file().lineEndings() == TextFile.LineEndings.CRLF) {
            replacement = replacement.replace("\n", "\r\n");
        }
        SourceSpan span = section.span();
        return new TextEdit(span.offset(), span.length(), replacement);
    }

    private void requireEditableFrontmatter() {
        for (ParseProblem problem : skill.problems()) {
            if (UNEDITABLE.contains(problem.code()) && problem.span().path().equals(file.path())
                    && !(problem.code() == ProblemCode.YAML_NOT_MAPPING && isBlankYaml())) {
                throw new IllegalStateException("the front matter of " + file.path() + " cannot be edited: "
                        + problem.message());
            }
        }
        if (!frontmatter.present() || !frontmatter.closed()) {
            throw new IllegalStateException("the front matter of " + file.path() + " cannot be edited: "
                    + "it is missing or not closed");
        }
    }

    private boolean isBlankYaml() {
        SourceSpan yaml = frontmatter.yamlSpan();
        return file.text().substring(yaml.offset(), yaml.endOffset()).isBlank();
    }

    /** Where a new field goes: after the nearest earlier specification field, else first, else at the end. */
    private int insertionPoint(String key) {
        int specIndex = Frontmatter.SPEC_KEYS.indexOf(key);
        int yamlEnd = frontmatter.yamlSpan().endOffset();
        if (specIndex < 0 || frontmatter.entries().isEmpty()) {
            return yamlEnd;
        }
        for (int i = specIndex - 1; i >= 0; i--) {
            Optional<YamlEntry> before = frontmatter.entry(Frontmatter.SPEC_KEYS.get(i));
            if (before.isPresent()) {
                return afterLineBreak(before.get().extent().endOffset());
            }
        }
        return frontmatter.entries().get(0).extent().offset();
    }

    private int afterLineBreak(int offset) {
        int newline = file.text().indexOf('\n', offset);
        return newline < 0 ? file.text().length() : newline + 1;
    }

    private String lineBreak() {
        return file.lineEndings() == TextFile.LineEndings.CRLF ? "\r\n" : "\n";
    }
}
