package dev.skillpack.maven;

import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.PackTarget;
import dev.skillpack.core.source.DirectorySkillSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The work of {@code skillpack:install-skills}, without Maven: copy the skills of dependency jars into an
 * agent's skills folder. The folder keeps a record, {@value #RECORD}, of what was installed (each file's
 * SHA-256). A skill folder is replaced only when it still holds exactly what was installed (or already
 * what would be installed); a skill changed locally, or a folder skillpack did not install, is left alone
 * unless {@code overwrite} is set. Every write goes through {@link PackTarget}, which refuses paths that
 * leave the folder or pass through a symbolic link.
 */
final class InstallSkillsGoal {
    /** The record of installed skills inside the skills folder. */
    static final String RECORD = ".skillpack-installed";

    private final BuildLog log;

    InstallSkillsGoal(BuildLog log) {
        this.log = log;
    }

    /**
     * A dependency jar to read.
     *
     * @param jar the file
     * @param coordinates how to name it, e.g. {@code com.acme:skills:1.0}
     */
    record Dependency(Path jar, String coordinates) {
    }

    /**
     * @param basedir the project folder, for messages
     * @param folder the agent's skills folder, e.g. {@code .claude/skills}
     * @param dependencies the jars, in dependency order
     * @param only skill names to install; empty for all
     * @param overwrite replace skills changed locally
     * @return the names of the skills installed or already up to date
     * @throws SetupException on a broken jar, two dependencies with one skill name, an unknown name in
     *         {@code only}, a locally changed skill, or a write that fails
     */
    List<String> run(Path basedir, Path folder, List<Dependency> dependencies, Set<String> only, boolean overwrite)
            throws SetupException {
        Map<String, DependencySkills.JarSkill> found = new TreeMap<>();
        for (Dependency dependency : dependencies) {
            for (DependencySkills.JarSkill skill : DependencySkills.read(dependency.jar(), dependency.coordinates())) {
                DependencySkills.JarSkill earlier = found.putIfAbsent(skill.name(), skill);
                if (earlier != null) {
                    throw new SetupException("two dependencies carry a skill named '" + skill.name() + "': "
                            + earlier.from() + " and " + skill.from() + "; exclude one of them from the dependencies");
                }
            }
        }
        Set<String> unknown = new TreeSet<>(only);
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            throw new SetupException("skills: no dependency carries " + String.join(", ", unknown.stream()
                    .map(Parameters::shown).toList()) + "; the dependencies carry " + (found.isEmpty() ? "no skills"
                    : String.join(", ", found.keySet())));
        }
        if (found.isEmpty()) {
            log.info("skillpack: no dependency carries skills (" + dependencies.size() + " jar"
                    + (dependencies.size() == 1 ? "" : "s") + " looked at); nothing to install");
            return List.of();
        }
        String shownFolder = Parameters.display(basedir, folder);
        try {
            PackTarget target = PackTarget.of(folder);
            Map<String, Map<String, String>> record = readRecord(folder);
            List<String> refused = new ArrayList<>();
            List<String> done = new ArrayList<>();
            for (DependencySkills.JarSkill skill : found.values()) {
                if (!only.isEmpty() && !only.contains(skill.name())) {
                    continue;
                }
                Path dir = target.resolve(skill.name());
                String shown = shownFolder + "/" + skill.name();
                String label = skill.name() + (skill.version().isEmpty() ? "" : " " + skill.version()) + " from "
                        + skill.from();
                if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Map<String, String> present = hashes(dir);
                    if (present.equals(skill.hashes())) {
                        log.info("skillpack: " + shown + " is up to date (" + label + ")");
                        record.put(skill.name(), skill.hashes());
                        done.add(skill.name());
                        continue;
                    }
                    Map<String, String> installed = record.get(skill.name());
                    if (!present.equals(installed)) {
                        String changes = installed == null ? "it was not installed by skillpack"
                                : "changed locally: " + changes(installed, present);
                        if (!overwrite) {
                            refused.add(shown + " (" + changes + ")");
                            continue;
                        }
                        log.warn("skillpack: replacing " + shown + " although " + changes + ", because overwrite "
                                + "is set");
                    }
                    target.deleteTree(skill.name());
                }
                for (Map.Entry<String, byte[]> file : skill.files().entrySet()) {
                    target.write(skill.name() + "/" + file.getKey(), file.getValue());
                }
                record.put(skill.name(), skill.hashes());
                done.add(skill.name());
                log.info("skillpack: installed " + label + " into " + shown + " (" + skill.files().size()
                        + (skill.files().size() == 1 ? " file)" : " files)"));
            }
            writeRecord(target, record);
            if (!refused.isEmpty()) {
                throw new SetupException("not overwritten: " + String.join("; ", refused) + ". Keep your version, "
                        + "move it away, or set overwrite (-Dskillpack.overwrite) to replace it");
            }
            return done;
        } catch (PackException e) {
            throw new SetupException("cannot install into " + shownFolder + ": " + e.getMessage());
        } catch (IOException e) {
            throw new SetupException("cannot install into " + shownFolder + ": " + ValidateGoal.reason(e));
        }
    }

    /** What differs, as at most five paths with {@code +} added, {@code -} removed, {@code ~} changed. */
    private static String changes(Map<String, String> installed, Map<String, String> present) {
        List<String> out = new ArrayList<>();
        Set<String> all = new TreeSet<>(installed.keySet());
        all.addAll(present.keySet());
        for (String path : all) {
            String before = installed.get(path);
            String now = present.get(path);
            if (before == null) {
                out.add("+" + path);
            } else if (now == null) {
                out.add("-" + path);
            } else if (!before.equals(now)) {
                out.add("~" + path);
            }
        }
        String head = String.join(", ", out.subList(0, Math.min(5, out.size())).stream().map(Parameters::shown)
                .toList());
        return out.size() > 5 ? head + " and " + (out.size() - 5) + " more" : head;
    }

    /** Every file below a skill folder by relative path, links and other non-files hashed by what they are. */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = DirectorySkillSource.displayOf(dir.relativize(file));
                hashes.put(rel, attrs.isRegularFile() && attrs.size() <= DependencySkills.MAX_FILE_BYTES
                        ? DependencySkills.sha256(Files.readAllBytes(file))
                        : attrs.isSymbolicLink() ? "link" : "other");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                hashes.put(DirectorySkillSource.displayOf(dir.relativize(file)), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return hashes;
    }

    /**
     * The record: one line per file, {@code <skill> <sha-256> <path>}, sorted. Lines that do not parse are
     * dropped, which only makes the skill count as "not installed by skillpack".
     */
    static Map<String, Map<String, String>> readRecord(Path folder) throws IOException {
        Map<String, Map<String, String>> record = new TreeMap<>();
        Path file = folder.resolve(RECORD);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return record;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[1].matches("[0-9a-f]{64}")) {
                record.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[2], parts[1]);
            }
        }
        return record;
    }

    private static void writeRecord(PackTarget target, Map<String, Map<String, String>> record) throws PackException {
        StringBuilder out = new StringBuilder("# skills installed by skillpack:install-skills; do not edit\n");
        record.forEach((skill, files) -> new TreeMap<>(files).forEach((path, sha) ->
                out.append(skill).append(' ').append(sha).append(' ').append(path).append('\n')));
        target.write(RECORD, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
