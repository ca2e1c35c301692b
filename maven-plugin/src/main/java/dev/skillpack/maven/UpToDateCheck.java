package dev.skillpack.maven;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.validator.Validator;
import dev.skillpack.validator.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lets an unchanged pack skip validation. The fingerprint is a SHA-256 over the plugin (version and
 * jar), the rules, the settings, the bytes of the config and baseline files and every file below the
 * skills folders (the folders the source walk skips left out). After a run that did not fail, a stamp
 * file records the fingerprint, the summary and the report files; the next run with the same
 * fingerprint and all reports still present only logs the summary again.
 */
final class UpToDateCheck {
    /** The stamp file's name inside the reports folder. */
    static final String STAMP = "validate.stamp";

    private UpToDateCheck() {
    }

    /**
     * What a previous successful run left.
     *
     * @param fingerprint the inputs' fingerprint
     * @param summary the summary line it logged
     * @param counts its unsuppressed errors, warnings and infos
     * @param reports the report files it wrote
     */
    record Stamp(String fingerprint, String summary, Counts counts, List<Path> reports) {
        Stamp {
            reports = List.copyOf(reports);
        }

        String text() {
            StringBuilder out = new StringBuilder("fingerprint ").append(fingerprint).append('\n')
                    .append("summary ").append(summary).append('\n')
                    .append("counts ").append(counts.errors()).append(' ').append(counts.warnings()).append(' ')
                    .append(counts.infos()).append('\n');
            reports.forEach(r -> out.append("report ").append(r).append('\n'));
            return out.toString();
        }

        static Optional<Stamp> parse(String text) {
            String fingerprint = null;
            String summary = null;
            Counts counts = null;
            List<Path> reports = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length());
                } else if (line.startsWith("summary ")) {
                    summary = line.substring("summary ".length());
                } else if (line.startsWith("counts ")) {
                    String[] n = line.substring("counts ".length()).split(" ");
                    counts = new Counts(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]));
                } else if (line.startsWith("report ")) {
                    reports.add(Path.of(line.substring("report ".length())));
                }
            }
            return fingerprint == null || summary == null || counts == null ? Optional.empty()
                    : Optional.of(new Stamp(fingerprint, summary, counts, reports));
        }
    }

    /**
     * @param settings the checked parameters
     * @param ruleIds the ids of the rules that will run, sorted
     * @return the fingerprint of everything that decides the result
     * @throws IOException when a file cannot be read
     */
    static String fingerprint(ValidateSettings settings, List<String> ruleIds) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "plugin " + Validator.version() + " " + jar(UpToDateCheck.class) + " " + jar(Validator.class) + "\n");
        update(digest, "rules " + ruleIds + "\n");
        update(digest, settings.canonical());
        if (settings.configFile().isPresent()) {
            fileEntry(digest, "config", settings.configFile().get());
        }
        if (settings.baseline().isPresent()) {
            fileEntry(digest, "baseline", settings.baseline().get());
        }
        for (Path folder : settings.folders()) {
            if (settings.configFile().isEmpty()) {
                Optional<Path> found = ConfigLoader.find(folder);
                if (found.isPresent()) {
                    fileEntry(digest, "config " + found.get(), found.get());
                } else {
                    update(digest, "no config for " + folder + "\n");
                }
            }
            update(digest, "folder " + folder + "\n");
            for (var entry : files(folder).entrySet()) {
                fileEntry(digest, entry.getKey(), entry.getValue());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * @param stampFile the stamp file
     * @param fingerprint the current fingerprint
     * @return the previous run's stamp when the inputs are unchanged and its reports still exist
     */
    static Optional<Stamp> upToDate(Path stampFile, String fingerprint) {
        if (!Files.isRegularFile(stampFile)) {
            return Optional.empty();
        }
        try {
            Optional<Stamp> stamp = Stamp.parse(Files.readString(stampFile, StandardCharsets.UTF_8));
            return stamp.filter(s -> s.fingerprint().equals(fingerprint))
                    .filter(s -> s.reports().stream().allMatch(Files::isRegularFile));
        } catch (IOException | RuntimeException e) {
            // An unreadable or foreign stamp only means the pack is validated again.
            return Optional.empty();
        }
    }

    static void write(Path stampFile, Stamp stamp) throws IOException {
        Files.createDirectories(stampFile.getParent());
        Files.writeString(stampFile, stamp.text(), StandardCharsets.UTF_8);
    }

    static void delete(Path stampFile) throws IOException {
        Files.deleteIfExists(stampFile);
    }

    /** Files below a folder by relative path, sorted, links as themselves (never followed). */
    private static TreeMap<String, Path> files(Path folder) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && DirectorySkillSource.SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.put(DirectorySkillSource.displayOf(folder.relativize(file)), file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.put(DirectorySkillSource.displayOf(folder.relativize(file)), file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void fileEntry(MessageDigest digest, String label, Path file) throws IOException {
        update(digest, "file " + label + "\n");
        if (Files.isSymbolicLink(file)) {
            update(digest, "link " + Files.readSymbolicLink(file) + "\n");
        } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(file)) {
            MessageDigest content = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    content.update(buffer, 0, n);
                }
            }
            update(digest, "sha256 " + HexFormat.of().formatHex(content.digest()) + "\n");
        } else {
            update(digest, "other\n");
        }
    }

    /** The jar a class comes from, by path, size and time, so a rebuilt snapshot of the plugin runs again. */
    private static String jar(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path jar = Path.of(source.getLocation().toURI());
            return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
