package dev.skillpack.maven;

import dev.skillpack.core.pack.IndexedFile;
import dev.skillpack.core.pack.IndexedSkill;
import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.SkillIndex;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.source.ArchiveLimits;
import dev.skillpack.core.source.ArchiveSkillSource;
import dev.skillpack.core.source.SourceLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the skills a dependency jar carries in the classpath layout, through core's hardened archive reader
 * ({@link ArchiveSkillSource}): a jar with any unsafe entry is refused whole. Only what
 * {@code META-INF/skills/index.json} lists is installed, so no entry name from the jar ever becomes a path;
 * each file must have the size and SHA-256 the index gives.
 */
final class DependencySkills {
    /** Largest index or skill file read from a jar. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Largest total of one skill's files. */
    static final long MAX_SKILL_BYTES = 64L * 1024 * 1024;
    /** The reader's caps: a dependency jar may hold many classes besides its skills; only skill entries inflate. */
    private static final ArchiveLimits LIMITS = new ArchiveLimits(65_534, MAX_FILE_BYTES, 256L * 1024 * 1024,
            ArchiveLimits.defaults().maxRatio());

    private DependencySkills() {
    }

    /**
     * One skill read from a jar.
     *
     * @param name the skill's name
     * @param description its description
     * @param version {@code metadata.version}, "" when absent
     * @param from the dependency it came from, e.g. {@code com.acme:skills:1.0}
     * @param files path inside the skill to bytes, in path order
     * @param hashes path to lower-case hex SHA-256, as the index gives it
     */
    record JarSkill(String name, String description, String version, String from, Map<String, byte[]> files,
                    Map<String, String> hashes) {
    }

    /**
     * @param jar a dependency's jar
     * @param from how to name the dependency in messages
     * @return its skills in index order; empty when the jar has no skill index
     * @throws SetupException when the index is broken or a file is missing, too large or does not match
     */
    static List<JarSkill> read(Path jar, String from) throws SetupException {
        if (!Files.isRegularFile(jar)) {
            throw new SetupException("cannot read " + from + " (" + Parameters.shown(jar.toString()) + "): "
                    + "no such file");
        }
        // core's hardened archive reader: every entry name of the jar is checked (absolute, '..', backslash,
        // drive letter, control character, duplicate, case collision, link), sizes and ratio are capped
        ArchiveSkillSource meta = ArchiveSkillSource.open(jar, "META-INF/skills/", from, LIMITS,
                SourceLimits.defaults());
        refuseProblems(meta, from);
        byte[] indexBytes = meta.files().get("index.json");
        if (indexBytes == null) {
            return List.of();
        }
        SkillIndex index;
        try {
            index = SkillIndex.parse(indexBytes, from + "!/" + SkillIndex.PATH);
        } catch (PackException e) {
            throw new SetupException(e.getMessage());
        }
        ArchiveSkillSource layout = ArchiveSkillSource.open(jar, SkillIndex.SKILLS_ROOT + "/", from, LIMITS,
                SourceLimits.defaults());
        refuseProblems(layout, from);
        Map<String, byte[]> inJar = layout.files();
        List<JarSkill> skills = new ArrayList<>();
        for (IndexedSkill skill : index.skills()) {
            String folder = SkillIndex.SKILLS_ROOT + "/" + skill.name();
            if (!skill.path().equals(folder)) {
                throw new SetupException(from + "!/" + SkillIndex.PATH + ": skill '" + Parameters.shown(skill.name())
                        + "' lies at '" + Parameters.shown(skill.path()) + "', not at " + folder
                        + "; the jar was not made by skillpack:package");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            long total = 0;
            for (IndexedFile file : skill.files()) {
                String name = folder + "/" + file.path();
                byte[] content = inJar.get(skill.name() + "/" + file.path());
                if (content == null) {
                    throw new SetupException(from + ": " + Parameters.shown(name) + " is listed in the skill "
                            + "index but missing from the jar; the jar is damaged");
                }
                total += file.size();
                if (file.size() > MAX_FILE_BYTES || total > MAX_SKILL_BYTES) {
                    throw new SetupException(from + ": " + Parameters.shown(name) + " is larger than a skill "
                            + "file may be (" + MAX_FILE_BYTES / (1024 * 1024) + " MiB per file, "
                            + MAX_SKILL_BYTES / (1024 * 1024) + " MiB per skill)");
                }
                if (content.length != file.size() || !sha256(content).equals(file.sha256())) {
                    throw new SetupException(from + ": " + Parameters.shown(name) + " does not match its SHA-256 "
                            + "in the skill index; the jar is damaged or was changed after packaging");
                }
                files.put(file.path(), content);
                hashes.put(file.path(), file.sha256());
            }
            skills.add(new JarSkill(skill.name(), skill.description(), skill.versionText(), from, files, hashes));
        }
        return skills;
    }

    /** A jar the hardened reader refused even one entry of is not installed from at all. */
    private static void refuseProblems(ArchiveSkillSource source, String from) throws SetupException {
        List<ParseProblem> problems = source.problems();
        if (!problems.isEmpty()) {
            ParseProblem first = problems.get(0);
            throw new SetupException(first.span().path() + ": " + first.message() + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more)") + "; nothing was installed from " + from);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
