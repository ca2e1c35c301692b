package dev.skillpack.core.write;

import dev.skillpack.core.model.Frontmatter;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.source.MemorySkillSource;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Authors a skill in Java. {@link #build()} renders SKILL.md deterministically — front-matter keys in the
 * specification's order ({@code name, description, license, compatibility, metadata, allowed-tools},
 * then any other fields in the order given), values quoted only when YAML needs it, LF line breaks,
 * one final line break — and parses the rendered files back, so the skill it returns has real spans
 * and equals what {@link SkillParser} reads after {@link SkillWriter} wrote it. Not thread-safe.
 *
 * <pre>{@code
 * Skill skill = Skill.builder()
 *         .name("secure-flask")
 *         .description("Secures Flask apps. Use when writing or reviewing Flask code.")
 *         .license("Apache-2.0")
 *         .preamble("Read the section for the task at hand.")
 *         .section(SectionBuilder.heading(2, "Sessions").paragraph("Set SESSION_COOKIE_SECURE.")
 *                 .code("python", "app.config[\"SESSION_COOKIE_SECURE\"] = True"))
 *         .reference("references/flask.md", DocumentDraft.of(SectionBuilder.heading(1, "Flask").build()))
 *         .resource("scripts/check.sh", "#!/bin/sh\necho ok\n", true)
 *         .build();
 * }</pre>
 */
public final class SkillBuilder {
    private String name;
    private String description;
    private String license;
    private String compatibility;
    private String allowedTools;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, String> otherFields = new LinkedHashMap<>();
    private DocumentDraft body = new DocumentDraft(List.of(), List.of());
    private final Map<String, byte[]> files = new TreeMap<>();
    private final Set<String> executables = new TreeSet<>();

    private SkillBuilder() {
    }

    /** @return a new, empty builder; {@code Skill.builder()} does the same */
    public static SkillBuilder create() {
        return new SkillBuilder();
    }

    /**
     * @param value the skill's name; also the name of its folder
     * @return this builder
     */
    public SkillBuilder name(String value) {
        this.name = Objects.requireNonNull(value, "name");
        return this;
    }

    /**
     * @param value what the skill does and when to use it
     * @return this builder
     */
    public SkillBuilder description(String value) {
        this.description = Objects.requireNonNull(value, "description");
        return this;
    }

    /**
     * @param value a licence name or the name of a bundled licence file
     * @return this builder
     */
    public SkillBuilder license(String value) {
        this.license = Objects.requireNonNull(value, "license");
        return this;
    }

    /**
     * @param value the environments the skill needs
     * @return this builder
     */
    public SkillBuilder compatibility(String value) {
        this.compatibility = Objects.requireNonNull(value, "compatibility");
        return this;
    }

    /**
     * @param value space-separated tool names, e.g. {@code "Read Grep Bash(git:*)"}
     * @return this builder
     */
    public SkillBuilder allowedTools(String value) {
        this.allowedTools = Objects.requireNonNull(value, "allowedTools");
        return this;
    }

    /**
     * @param key a metadata key
     * @param value its value; a later call with the same key replaces it
     * @return this builder
     */
    public SkillBuilder metadata(String key, String value) {
        metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Adds a top-level field the specification does not define (a client's own, such as Claude Code's
     * {@code model}); written after the specification's fields, in the order given.
     *
     * @param key the key; not one of the specification's keys (use their own methods)
     * @param value its value
     * @return this builder
     */
    public SkillBuilder field(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (Frontmatter.SPEC_KEYS.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is a specification field; use its own method");
        }
        otherFields.put(key, Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * @param markdown prose before the first heading of SKILL.md; calls add further blocks
     * @return this builder
     */
    public SkillBuilder preamble(String markdown) {
        body = body.withPreamble(new ProseDraft(markdown));
        return this;
    }

    /**
     * @param section a section of SKILL.md, written after the sections added before it
     * @return this builder
     */
    public SkillBuilder section(SectionDraft section) {
        body = body.withSection(Objects.requireNonNull(section, "section"));
        return this;
    }

    /**
     * @param section a section of SKILL.md, written after the sections added before it
     * @return this builder
     */
    public SkillBuilder section(SectionBuilder section) {
        return section(section.build());
    }

    /**
     * @param path where the file goes in the skill, e.g. {@code references/flask.md}; must end in {@code .md}
     * @param document its content
     * @return this builder
     */
    public SkillBuilder reference(String path, DocumentDraft document) {
        return reference(path, MarkdownRenderer.document(document));
    }

    /**
     * @param path where the file goes in the skill, e.g. {@code references/flask.md}; must end in {@code .md}
     * @param markdown its content; line breaks are written as {@code \n}, with one final line break
     * @return this builder
     */
    public SkillBuilder reference(String path, String markdown) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            throw new IllegalArgumentException("a reference is a Markdown file ending in .md: " + path);
        }
        return file(path, MarkdownRenderer.normalise(markdown).getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * @param path where the file goes in the skill, e.g. {@code scripts/check.py}
     * @param bytes its content, written as given
     * @param executable whether it gets an executable bit
     * @return this builder
     */
    public SkillBuilder resource(String path, byte[] bytes, boolean executable) {
        return file(path, bytes.clone(), executable);
    }

    /**
     * @param path where the file goes in the skill, e.g. {@code scripts/check.sh}
     * @param text its content, written as UTF-8 exactly as given
     * @param executable whether it gets an executable bit
     * @return this builder
     */
    public SkillBuilder resource(String path, String text, boolean executable) {
        return file(path, text.getBytes(StandardCharsets.UTF_8), executable);
    }

    private SkillBuilder file(String path, byte[] bytes, boolean executable) {
        checkPath(path);
        if (files.containsKey(path)) {
            throw new IllegalArgumentException("a file was already added at " + path);
        }
        files.put(path, bytes);
        if (executable) {
            executables.add(path);
        }
        return this;
    }

    private static void checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")) {
            throw new IllegalArgumentException("not a relative file path with forward slashes: '" + path + "'");
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("path must stay inside the skill and have no empty, '.' or"
                        + " '..' parts: '" + path + "'");
            }
            if (i < segments.length - 1 && DirectorySkillSource.SKIPPED_FOLDERS.contains(segment)) {
                throw new IllegalArgumentException("files under a '" + segment + "' folder are not read back: '"
                        + path + "'");
            }
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (fileName.equalsIgnoreCase(SkillParser.SKILL_FILE)) {
            throw new IllegalArgumentException("SKILL.md is rendered from the builder; a second one at '" + path
                    + "' would make a skill of its own");
        }
    }

    /**
     * @return the text of SKILL.md as {@link #build()} writes it
     * @throws IllegalStateException when no name was set
     */
    public String renderSkillFile() {
        requireName();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        putIfSet(fields, "description", description);
        putIfSet(fields, "license", license);
        putIfSet(fields, "compatibility", compatibility);
        if (!metadata.isEmpty()) {
            fields.put("metadata", new LinkedHashMap<>(metadata));
        }
        putIfSet(fields, "allowed-tools", allowedTools);
        fields.putAll(otherFields);
        String markdown = MarkdownRenderer.document(body);
        return MarkdownRenderer.frontmatter(fields) + (markdown.isEmpty() ? "" : "\n" + markdown);
    }

    /**
     * Renders every file and parses them into a skill whose folder and display path are its name.
     *
     * @return the skill, with spans into the rendered text
     * @throws IllegalStateException when no name was set, or the name cannot be a folder name
     */
    public Skill build() {
        String skillFile = renderSkillFile();
        Map<String, byte[]> all = new TreeMap<>(files);
        all.put(SkillParser.SKILL_FILE, skillFile.getBytes(StandardCharsets.UTF_8));
        return SkillParser.create().parseSkill(MemorySkillSource.of(name, all, executables));
    }

    private void requireName() {
        if (name == null) {
            throw new IllegalStateException("a skill needs a name: it names the skill's folder");
        }
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new IllegalStateException("name '" + name + "' cannot be a folder name");
        }
    }

    private static void putIfSet(Map<String, Object> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
