package dev.skillpack.maven;

import dev.skillpack.core.source.DirectorySkillSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The work of {@code skillpack:to-prompt} and {@code skillpack:tokens}, without Maven: run the CLI command
 * of the same name in process, write what it prints to a file, and show it in the log.
 */
final class CliGoals {
    private final BuildLog log;

    CliGoals(BuildLog log) {
        this.log = log;
    }

    /**
     * @param basedir the project folder
     * @param folders the skills folders
     * @param output the file to write the {@code <available_skills>} block to
     * @return the block
     * @throws FindingsException when a skill has no usable name or description (the CLI's exit code 1)
     * @throws SetupException when the command fails otherwise or the file cannot be written
     */
    String toPrompt(Path basedir, List<Path> folders, Path output) throws SetupException, FindingsException {
        List<String> args = new ArrayList<>(List.of("to-prompt"));
        for (Path folder : folders) {
            for (Path skill : skillFolders(folder)) {
                args.add(skill.toString());
            }
        }
        if (args.size() == 1) {
            log.warn("skillpack: no SKILL.md below " + folders.stream().map(f -> Parameters.display(basedir, f))
                    .toList() + "; the block lists no skills");
        }
        return finish(basedir, "to-prompt", InProcessCli.run(basedir, args), output);
    }

    /**
     * @param basedir the project folder
     * @param folders the skills folders
     * @param format {@code text} or {@code json}
     * @param tokenizer a tokenizer id, or empty for the configured one
     * @param configFile an explicit config file, or empty
     * @param output the file to write the table to
     * @return what the command printed for all folders
     * @throws SetupException when the command fails or the file cannot be written
     */
    String tokens(Path basedir, List<Path> folders, String format, Optional<String> tokenizer,
                  Optional<Path> configFile, Path output) throws SetupException, FindingsException {
        StringBuilder all = new StringBuilder();
        for (Path folder : folders) {
            List<String> args = new ArrayList<>(List.of("tokens", folder.toString(), "--format", format));
            tokenizer.ifPresent(t -> args.addAll(List.of("--tokenizer", t)));
            configFile.ifPresent(c -> args.addAll(List.of("--config", c.toString())));
            InProcessCli.Run run = InProcessCli.run(basedir, args);
            check("tokens", run);
            all.append(run.out());
        }
        write(basedir, output, all.toString());
        all.toString().lines().forEach(log::info);
        log.info("skillpack: wrote " + Parameters.display(basedir, output));
        return all.toString();
    }

    private String finish(Path basedir, String command, InProcessCli.Run run, Path output)
            throws SetupException, FindingsException {
        check(command, run);
        write(basedir, output, run.out());
        run.out().lines().forEach(log::info);
        log.info("skillpack: wrote " + Parameters.display(basedir, output));
        return run.out();
    }

    private void check(String command, InProcessCli.Run run) throws SetupException, FindingsException {
        if (run.exitCode() == 0) {
            run.errLines().forEach(log::warn);
            return;
        }
        run.errLines().forEach(log::error);
        if (run.exitCode() == 1) {
            throw new FindingsException("skillpack " + command + " found problems; see the lines above");
        }
        throw new SetupException("skillpack " + command + " failed (exit code " + run.exitCode()
                + "); see the lines above");
    }

    private static void write(Path basedir, Path output, String text) throws SetupException {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SetupException("outputFile: cannot write " + Parameters.display(basedir, output) + ": "
                    + ValidateGoal.reason(e));
        }
    }

    /**
     * @param folder a skills folder
     * @return the folders below it (itself included) that hold a {@code SKILL.md}, sorted, skipping the
     *         folders the source walk skips and never following a link
     */
    static List<Path> skillFolders(Path folder) throws SetupException {
        TreeSet<Path> found = new TreeSet<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && DirectorySkillSource.SKIPPED_FOLDERS.contains(
                            dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && (name.equals("SKILL.md") || name.equals("skill.md"))) {
                        found.add(file.getParent());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SetupException("skillsDirectories: cannot read " + folder + ": " + ValidateGoal.reason(e));
        }
        return List.copyOf(found);
    }
}
