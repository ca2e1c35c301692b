package dev.skillpack.core.pack;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.pack.internal.ReproducibleZip;
import dev.skillpack.core.text.JsonWriter;
import dev.skillpack.core.tokens.TokenCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Packages parsed skills: a {@code .skill} archive per skill, the classpath layout with its index (as
 * files for a build's output folder, or as a jar), and a Claude Code plugin (as a folder, or as a zip).
 * Every archive is reproducible: the same skills and options give the same bytes, on any machine, in any
 * folder, at any time. Every write goes through a {@link PackTarget}, so nothing lands outside it.
 *
 * <p>Packaging copies the bytes the parser read, so what was validated is what ships. It knows no rules:
 * whether a pack with errors may be packaged is for the caller to decide before calling, from the
 * validator's findings (and {@link Skill#problems()}).
 *
 * <pre>{@code
 * SkillPackager packager = SkillPackager.create(PackOptions.defaults(BuildTimestamp.parse("2026-01-01T00:00:00Z")));
 * List<PackedSkill> skills = packager.prepareAll(SkillParser.create().parsePack(Path.of("src/main/skills")));
 * PackTarget target = PackTarget.of(Path.of("target"));
 * packager.writeClasspathLayout(skills, target, "classes");
 * for (PackedSkill s : skills) {
 *     packager.writeSkillArchive(s, target, "skillpack/" + s.name() + ".skill");
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class SkillPackager {
    /** What a skill name must look like to become a folder name: the spec's name rule. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final byte[] MANIFEST = "Manifest-Version: 1.0\r\nCreated-By: skillpack\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8);

    private final PackOptions options;
    private final TokenCounter counter;

    private SkillPackager(PackOptions options) {
        this.options = options;
        this.counter = TokenCounter.of(options.tokenizer());
    }

    /**
     * @param options time stamp, excludes, tokenizer
     * @return a packager
     */
    public static SkillPackager create(PackOptions options) {
        return new SkillPackager(Objects.requireNonNull(options, "options"));
    }

    /** @return the options */
    public PackOptions options() {
        return options;
    }

    /**
     * Picks a skill's files (junk left out), hashes them and counts their tokens.
     *
     * @param skill a parsed skill
     * @return the skill ready to write
     * @throws PackException when the skill has no valid name (it becomes a folder name), a file was not
     *         read (too large, unreadable), or SKILL.md itself is excluded
     */
    public PackedSkill prepare(Skill skill) throws PackException {
        String name = skill.name().map(String::strip).orElse("");
        if (name.isEmpty() || name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new PackException(skill.skillFile().path(), (name.isEmpty() ? "has no name"
                    : "name '" + name.replaceAll("\\p{Cntrl}", "?") + "' is not a valid skill name")
                    + "; packaging needs 1-64 lower-case letters, digits and single hyphens, since the name "
                    + "becomes the folder name");
        }
        String description = skill.frontmatter().description().map(String::strip).orElse("");
        String version = skill.frontmatter().metadata().getOrDefault("version", "").strip();
        List<PackedFile> files = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (Resource resource : skill.resources()) {
            String path = resource.relativePath();
            if (options.excluded(path)) {
                if (path.equals(skill.skillFile().relativePath())) {
                    throw new PackException(resource.path(), "an exclude pattern leaves out the skill file itself; "
                            + "narrow the pattern");
                }
                excluded.add(path);
                continue;
            }
            if (resource.content().isEmpty()) {
                throw new PackException(resource.path(), "was not read (too large or unreadable), so it cannot be "
                        + "packaged; fix the problem reported for it, or exclude it");
            }
            byte[] bytes = resource.content().get().toByteArray();
            int tokens = resource.isText() ? counter.count(resource.text()) : 0;
            files.add(new PackedFile(path, resource.content().get(), resource.executable(), resource.isText(),
                    tokens, sha256(bytes)));
        }
        files.sort(java.util.Comparator.comparing(PackedFile::path));
        excluded.sort(null);
        int metadataTokens = counter.count(name) + counter.count(description);
        int bodyTokens = counter.count(skill.body().body());
        return new PackedSkill(name, description, version, metadataTokens, bodyTokens, files, excluded);
    }

    /**
     * @param pack a parsed pack
     * @return every skill of it prepared, in name order
     * @throws PackException as {@link #prepare} does, and when two skills share a name
     */
    public List<PackedSkill> prepareAll(SkillPack pack) throws PackException {
        List<PackedSkill> all = new ArrayList<>();
        for (Skill skill : pack.skills()) {
            all.add(prepare(skill));
        }
        all.sort(java.util.Comparator.comparing(PackedSkill::name));
        requireUniqueNames(all, pack.path());
        return List.copyOf(all);
    }

    /**
     * @param skill a prepared skill
     * @return the bytes of its {@code .skill} archive: a zip with one folder named after the skill
     */
    public byte[] skillArchive(PackedSkill skill) {
        Map<String, byte[]> entries = new TreeMap<>();
        skill.files().forEach(f -> entries.put(skill.name() + "/" + f.path(), f.content().toByteArray()));
        return ReproducibleZip.build(entries, options.timestamp());
    }

    /**
     * @param skill a prepared skill
     * @param target the target folder
     * @param relativeFile where below it, e.g. {@code skillpack/pdf-forms.skill}
     * @return the file written
     * @throws PackException when the path is refused or the write fails
     */
    public Path writeSkillArchive(PackedSkill skill, PackTarget target, String relativeFile) throws PackException {
        return target.write(relativeFile, skillArchive(skill));
    }

    /**
     * @param skills prepared skills
     * @return their index
     */
    public SkillIndex index(List<PackedSkill> skills) {
        return SkillIndex.of(skills, options.tokenizer().id());
    }

    /**
     * @param skills prepared skills with distinct names
     * @return every file of the classpath layout, path to bytes, in path order:
     *         {@code META-INF/resources/skills/<name>/...} and {@code META-INF/skills/index.json}
     * @throws PackException when two skills share a name
     */
    public Map<String, byte[]> classpathLayout(List<PackedSkill> skills) throws PackException {
        requireUniqueNames(skills, SkillIndex.SKILLS_ROOT);
        Map<String, byte[]> files = new TreeMap<>();
        for (PackedSkill s : skills) {
            s.files().forEach(f -> files.put(SkillIndex.SKILLS_ROOT + "/" + s.name() + "/" + f.path(),
                    f.content().toByteArray()));
        }
        files.put(SkillIndex.PATH, index(skills).toBytes());
        return files;
    }

    /**
     * Writes the classpath layout into a folder, e.g. a build's {@code classes} folder that the jar is made
     * from. Each skill's folder is emptied first, so a file deleted from a skill does not linger.
     *
     * @param skills prepared skills with distinct names
     * @param target the target folder
     * @param relativeFolder where below it, e.g. {@code classes}
     * @return the files written, in path order
     * @throws PackException when two skills share a name, a path is refused or a write fails
     */
    public List<Path> writeClasspathLayout(List<PackedSkill> skills, PackTarget target, String relativeFolder)
            throws PackException {
        Map<String, byte[]> files = classpathLayout(skills);
        for (PackedSkill s : skills) {
            target.deleteTree(relativeFolder + "/" + SkillIndex.SKILLS_ROOT + "/" + s.name());
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            written.add(target.write(relativeFolder + "/" + e.getKey(), e.getValue()));
        }
        return written;
    }

    /**
     * @param skills prepared skills with distinct names
     * @return the bytes of a jar holding only the classpath layout (and a manifest)
     * @throws PackException when two skills share a name
     */
    public byte[] classpathJar(List<PackedSkill> skills) throws PackException {
        Map<String, byte[]> files = new TreeMap<>(classpathLayout(skills));
        files.put("META-INF/MANIFEST.MF", MANIFEST);
        return ReproducibleZip.build(files, options.timestamp());
    }

    /**
     * @param skills prepared skills with distinct names
     * @param target the target folder
     * @param relativeFile where below it, e.g. {@code skills.jar}
     * @return the file written
     * @throws PackException when two skills share a name, the path is refused or the write fails
     */
    public Path writeClasspathJar(List<PackedSkill> skills, PackTarget target, String relativeFile)
            throws PackException {
        return target.write(relativeFile, classpathJar(skills));
    }

    /**
     * @param skills prepared skills with distinct names
     * @param plugin the plugin's manifest fields
     * @return every file of a Claude Code plugin, path to bytes: {@code .claude-plugin/plugin.json},
     *         {@code .claude-plugin/marketplace.json} (a one-plugin marketplace with source {@code ./}) and
     *         {@code skills/<name>/...}
     * @throws PackException when two skills share a name
     */
    public Map<String, byte[]> claudePlugin(List<PackedSkill> skills, ClaudePluginInfo plugin) throws PackException {
        requireUniqueNames(skills, plugin.name());
        Map<String, byte[]> files = new TreeMap<>();
        files.put(".claude-plugin/plugin.json", JsonWriter.file(plugin.manifest()).getBytes(StandardCharsets.UTF_8));
        files.put(".claude-plugin/marketplace.json",
                JsonWriter.file(plugin.marketplace()).getBytes(StandardCharsets.UTF_8));
        for (PackedSkill s : skills) {
            s.files().forEach(f -> files.put("skills/" + s.name() + "/" + f.path(), f.content().toByteArray()));
        }
        return files;
    }

    /**
     * @param plugin the plugin's manifest fields
     * @param source where a marketplace finds the plugin, e.g. {@code ./plugins/security-skills}
     * @return the JSON of the plugin's entry for the {@code plugins} list of an existing {@code marketplace.json}
     */
    public static String marketplaceEntry(ClaudePluginInfo plugin, String source) {
        return JsonWriter.file(plugin.marketplaceEntry(source));
    }

    /**
     * Writes a Claude Code plugin folder, emptying the folder first (it belongs to the plugin).
     *
     * @param skills prepared skills with distinct names
     * @param plugin the plugin's manifest fields
     * @param target the target folder
     * @param relativeFolder where below it, e.g. {@code skillpack/claude-plugin}
     * @return the files written, in path order
     * @throws PackException when two skills share a name, a path is refused or a write fails
     */
    public List<Path> writeClaudePlugin(List<PackedSkill> skills, ClaudePluginInfo plugin, PackTarget target,
                                        String relativeFolder) throws PackException {
        Map<String, byte[]> files = claudePlugin(skills, plugin);
        target.deleteTree(relativeFolder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            written.add(target.write(relativeFolder + "/" + e.getKey(), e.getValue()));
        }
        return written;
    }

    /**
     * @param skills prepared skills with distinct names
     * @param plugin the plugin's manifest fields
     * @return the bytes of a zip holding the plugin folder under one top-level folder named after the plugin
     * @throws PackException when two skills share a name
     */
    public byte[] claudePluginZip(List<PackedSkill> skills, ClaudePluginInfo plugin) throws PackException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        claudePlugin(skills, plugin).forEach((path, bytes) -> files.put(plugin.name() + "/" + path, bytes));
        return ReproducibleZip.build(files, options.timestamp());
    }

    /**
     * @param skills prepared skills with distinct names
     * @param plugin the plugin's manifest fields
     * @param target the target folder
     * @param relativeFile where below it, e.g. {@code skillpack/security-skills-claude-plugin.zip}
     * @return the file written
     * @throws PackException when two skills share a name, the path is refused or the write fails
     */
    public Path writeClaudePluginZip(List<PackedSkill> skills, ClaudePluginInfo plugin, PackTarget target,
                                     String relativeFile) throws PackException {
        return target.write(relativeFile, claudePluginZip(skills, plugin));
    }

    private static void requireUniqueNames(List<PackedSkill> skills, String where) throws PackException {
        Set<String> seen = new HashSet<>();
        for (PackedSkill s : skills) {
            if (!seen.add(s.name())) {
                throw new PackException(where, "two skills are named '" + s.name() + "'; a package holds one "
                        + "folder per name, so rename one");
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
