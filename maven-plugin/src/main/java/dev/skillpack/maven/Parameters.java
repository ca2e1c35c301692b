package dev.skillpack.maven;

import dev.skillpack.core.source.DirectorySkillSource;
import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.report.ReportFormat;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks goal parameters before any work, each problem as one line naming the parameter, the value
 * and what is allowed: {@code formats: unknown report format 'xml'; allowed: text, json, sarif, github, junit}.
 */
final class Parameters {
    private Parameters() {
    }

    /**
     * @param value {@code failOn} as written
     * @return the threshold, or empty for {@code none}
     */
    static Optional<Severity> failOn(String value) throws SetupException {
        String v = value == null ? "" : value.strip();
        if (v.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(Severity.byId(v.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new SetupException("failOn: unknown level '" + shown(v) + "'; allowed: error, warning, info, none")));
    }

    /**
     * @param values {@code formats} as written; elements may hold several ids separated by commas
     * @return the formats, in order, without duplicates
     */
    static List<ReportFormat> formats(List<String> values) throws SetupException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                String id = part.strip();
                if (id.isEmpty()) {
                    continue;
                }
                ReportFormat format = ReportFormat.byId(id.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                        new SetupException("formats: unknown report format '" + shown(id) + "'; allowed: "
                                + Arrays.stream(ReportFormat.values()).map(ReportFormat::id)
                                .collect(Collectors.joining(", "))));
                if (!formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return List.copyOf(formats);
    }

    /**
     * @param value {@code target} as written, or null
     * @return the client, or empty to take it from the config or the install path
     */
    static Optional<Target> target(String value) throws SetupException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return Optional.of(Target.byId(v.toLowerCase(Locale.ROOT)).orElseThrow(() -> new SetupException(
                "target: unknown target '" + shown(v) + "'; allowed: " + Arrays.stream(Target.values())
                        .map(Target::id).collect(Collectors.joining(", ")))));
    }

    /**
     * @param value {@code tokenizer} as written, or null
     * @return the tokenizer, or empty for the configured one
     */
    static Optional<Tokenizer> tokenizer(String value) throws SetupException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return Optional.of(Tokenizer.byId(v).orElseThrow(() -> new SetupException("tokenizer: unknown tokenizer '"
                + shown(v) + "'; allowed: " + Arrays.stream(Tokenizer.values()).map(Tokenizer::id)
                .collect(Collectors.joining(", ")))));
    }

    /**
     * @param parameter the parameter's name
     * @param file the configured file
     * @param basedir the project folder, to show the path short
     * @return the absolute path of a readable regular file
     */
    static Path existingFile(String parameter, Path file, Path basedir) throws SetupException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new SetupException(parameter + " " + display(basedir, path) + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new SetupException(parameter + " " + display(basedir, path) + " is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new SetupException(parameter + " " + display(basedir, path) + " cannot be read (permission denied)");
        }
        return path;
    }

    /**
     * @param parameter the parameter's name
     * @param folder the configured folder
     * @param basedir the project folder, to show the path short
     * @return the absolute path of a folder
     */
    static Path existingFolder(String parameter, Path folder, Path basedir) throws SetupException {
        Path path = folder.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new SetupException(parameter + " " + display(basedir, path) + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw new SetupException(parameter + " " + display(basedir, path) + " is not a folder");
        }
        return path;
    }

    /**
     * @param basedir the project folder
     * @param path a path
     * @return the path relative to the project folder when inside it, else absolute; forward slashes
     */
    static String display(Path basedir, Path path) {
        Path base = basedir.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.equals(base)) {
            return ".";
        }
        return DirectorySkillSource.displayOf(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
    }

    /** A value as the user wrote it, with control characters made visible and length capped. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > 80) {
            out.append('…');
        }
        return out.toString();
    }
}
