package dev.skillpack.maven;

import dev.skillpack.core.pack.IndexedFile;
import dev.skillpack.core.pack.IndexedSkill;
import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.SkillIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the skills a dependency jar carries in the classpath layout. Only what {@code META-INF/skills/index.json}
 * lists is read, entry by entry by name, so no entry name from the jar ever becomes a path; each file is
 * read up to the size the index gives and must match the index's SHA-256.
 */
final class DependencySkills {
    /** Largest index or skill file read from a jar. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Largest total of one skill's files. */
    static final long MAX_SKILL_BYTES = 64L * 1024 * 1024;

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
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry indexEntry = zip.getEntry(SkillIndex.PATH);
            if (indexEntry == null) {
                return List.of();
            }
            SkillIndex index;
            try {
                index = SkillIndex.parse(bytes(zip, indexEntry, MAX_FILE_BYTES, from), from + "!/" + SkillIndex.PATH);
            } catch (PackException e) {
                throw new SetupException(e.getMessage());
            }
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
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null || entry.isDirectory()) {
                        throw new SetupException(from + ": " + Parameters.shown(name) + " is listed in the skill "
                                + "index but missing from the jar; the jar is damaged");
                    }
                    total += file.size();
                    if (file.size() > MAX_FILE_BYTES || total > MAX_SKILL_BYTES) {
                        throw new SetupException(from + ": " + Parameters.shown(name) + " is larger than a skill "
                                + "file may be (" + MAX_FILE_BYTES / (1024 * 1024) + " MiB per file, "
                                + MAX_SKILL_BYTES / (1024 * 1024) + " MiB per skill)");
                    }
                    byte[] content = bytes(zip, entry, file.size(), from);
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
        } catch (IOException e) {
            throw new SetupException("cannot read " + from + " (" + Parameters.shown(jar.toString()) + "): "
                    + ValidateGoal.reason(e));
        }
    }

    /** Reads an entry, refusing more than {@code limit} bytes whatever the entry claims. */
    private static byte[] bytes(ZipFile zip, ZipEntry entry, long limit, String from) throws IOException,
            SetupException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) Math.min(limit, MAX_FILE_BYTES) + 1);
            if (content.length > limit) {
                throw new SetupException(from + ": " + Parameters.shown(entry.getName()) + " is larger than its "
                        + "index says (or than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB); the jar is damaged");
            }
            return content;
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
