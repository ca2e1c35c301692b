package dev.skillpack.core.pack;

import dev.skillpack.core.text.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code META-INF/skills/index.json}: what a jar in the classpath layout holds, written by
 * {@link SkillPackager} and read back by the catalog. Its schema is documented, versioned, in
 * {@code docs/skill-index.md}; a reader refuses a newer {@link #FORMAT_VERSION} than it knows.
 *
 * @param tokenizer the tokenizer the counts were made with, e.g. {@code o200k_base}
 * @param skills the skills in name order
 */
public record SkillIndex(String tokenizer, List<IndexedSkill> skills) {
    /** Where the index lies in a jar. */
    public static final String PATH = "META-INF/skills/index.json";
    /** The folder of a jar (or of a classpath folder) that holds one folder per skill. */
    public static final String SKILLS_ROOT = "META-INF/resources/skills";
    /** The value of the index's {@code format} field. */
    public static final String FORMAT = "skillpack-skill-index";
    /** The schema version this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Validates and copies the fields. */
    public SkillIndex {
        Objects.requireNonNull(tokenizer, "tokenizer");
        skills = List.copyOf(skills);
    }

    /**
     * @param packed the skills, in any order
     * @param tokenizer the tokenizer their counts were made with
     * @return the index, skills in name order
     */
    public static SkillIndex of(List<PackedSkill> packed, String tokenizer) {
        List<IndexedSkill> skills = packed.stream()
                .sorted(java.util.Comparator.comparing(PackedSkill::name))
                .map(p -> new IndexedSkill(p.name(), p.description(), p.versionText(), SKILLS_ROOT + "/" + p.name(),
                        p.metadataTokens(), p.bodyTokens(), p.fileTokens(), p.files().stream()
                        .map(f -> new IndexedFile(f.path(), f.size(), f.sha256(), f.text(), f.tokens(), f.executable()))
                        .toList()))
                .toList();
        return new SkillIndex(tokenizer, skills);
    }

    /**
     * @param name a skill name
     * @return the skill of that name
     */
    public Optional<IndexedSkill> skill(String name) {
        return skills.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** @return the index as JSON, in one fixed layout (same index, same bytes) */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tokenizer", tokenizer);
        List<Object> list = new ArrayList<>();
        for (IndexedSkill s : skills) {
            Map<String, Object> skill = new LinkedHashMap<>();
            skill.put("name", s.name());
            skill.put("description", s.description());
            s.version().ifPresent(v -> skill.put("version", v));
            skill.put("path", s.path());
            Map<String, Object> tokens = new LinkedHashMap<>();
            tokens.put("metadata", s.metadataTokens());
            tokens.put("body", s.bodyTokens());
            tokens.put("files", s.fileTokens());
            skill.put("tokens", tokens);
            List<Object> files = new ArrayList<>();
            for (IndexedFile f : s.files()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("path", f.path());
                file.put("size", f.size());
                file.put("sha256", f.sha256());
                file.put("text", f.text());
                file.put("tokens", f.tokens());
                file.put("executable", f.executable());
                files.add(file);
            }
            skill.put("files", files);
            list.add(skill);
        }
        root.put("skills", list);
        return JsonWriter.file(root);
    }

    /** @return {@link #toJson()} as UTF-8 */
    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an index back.
     *
     * @param json the bytes of an {@code index.json}
     * @param displayPath how the file is shown in messages
     * @return the index
     * @throws PackException when it is not an index this code can read: not JSON, another format, a newer
     *         version, a missing or mistyped field
     */
    public static SkillIndex parse(byte[] json, String displayPath) throws PackException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new PackException(displayPath, "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        Reader r = new Reader(displayPath);
        if (root == null || !root.isObject() || !FORMAT.equals(r.text(root, "format"))) {
            throw new PackException(displayPath, "is not a skill index: its \"format\" must be \"" + FORMAT + "\"");
        }
        int version = r.integer(root, "formatVersion");
        if (version > FORMAT_VERSION) {
            throw new PackException(displayPath, "index format version " + version + " is newer than this reader ("
                    + FORMAT_VERSION + "); update skillpack");
        }
        List<IndexedSkill> skills = new ArrayList<>();
        for (JsonNode s : r.array(root, "skills")) {
            JsonNode tokens = r.object(s, "tokens");
            List<IndexedFile> files = new ArrayList<>();
            for (JsonNode f : r.array(s, "files")) {
                files.add(new IndexedFile(r.text(f, "path"), r.number(f, "size"), r.text(f, "sha256"),
                        r.bool(f, "text"), r.integer(f, "tokens"), r.bool(f, "executable")));
            }
            JsonNode version1 = s.get("version");
            skills.add(new IndexedSkill(r.text(s, "name"), r.text(s, "description"),
                    version1 == null ? "" : r.text(s, "version"), r.text(s, "path"), r.integer(tokens, "metadata"),
                    r.integer(tokens, "body"), r.integer(tokens, "files"), files));
        }
        return new SkillIndex(r.text(root, "tokenizer"), skills);
    }

    /** Typed field access with messages that name the field. */
    private record Reader(String displayPath) {
        JsonNode field(JsonNode node, String name) throws PackException {
            JsonNode value = node == null ? null : node.get(name);
            if (value == null || value.isNull()) {
                throw new PackException(displayPath, "the skill index lacks the field \"" + name + "\"");
            }
            return value;
        }

        String text(JsonNode node, String name) throws PackException {
            JsonNode v = field(node, name);
            if (!v.isString()) {
                throw wrong(name, "a string");
            }
            return v.asString();
        }

        long number(JsonNode node, String name) throws PackException {
            JsonNode v = field(node, name);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                throw wrong(name, "a whole number, 0 or more");
            }
            return v.asLong();
        }

        int integer(JsonNode node, String name) throws PackException {
            long v = number(node, name);
            if (v > Integer.MAX_VALUE) {
                throw wrong(name, "a whole number below 2^31");
            }
            return (int) v;
        }

        boolean bool(JsonNode node, String name) throws PackException {
            JsonNode v = field(node, name);
            if (!v.isBoolean()) {
                throw wrong(name, "true or false");
            }
            return v.asBoolean();
        }

        JsonNode object(JsonNode node, String name) throws PackException {
            JsonNode v = field(node, name);
            if (!v.isObject()) {
                throw wrong(name, "an object");
            }
            return v;
        }

        Iterable<JsonNode> array(JsonNode node, String name) throws PackException {
            JsonNode v = field(node, name);
            if (!v.isArray()) {
                throw wrong(name, "an array");
            }
            return v;
        }

        PackException wrong(String name, String what) {
            return new PackException(displayPath, "the field \"" + name + "\" of the skill index must be " + what);
        }
    }
}
