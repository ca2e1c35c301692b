package dev.skillpack.validator.engine;

import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.write.SkillWriter;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the fixes rules attached to findings. Per file, fixes are taken in report order and a fix
 * whose edits overlap an already chosen one is skipped (its finding stays). Edits splice the decoded
 * text, so every character outside them is kept; the file keeps its byte-order mark, and line breaks
 * inserted by a fix follow the file's CRLF style. Files are written atomically (a temporary file in
 * the same folder, then a rename), only inside the validated folder and never through a symbolic link.
 */
public final class Fixer {
    private Fixer() {
    }

    /**
     * The fixed text of one file.
     *
     * @param path display path
     * @param original the file as parsed
     * @param fixedText the text after the chosen edits
     * @param applied findings whose fix was chosen
     * @param skipped findings whose fix overlapped a chosen one
     */
    public record FileFix(String path, TextFile original, String fixedText, List<Finding> applied,
                          List<Finding> skipped) {
        /** Copies the lists. */
        public FileFix {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
        }

        /** @return the bytes the file had when it was parsed (BOM included) */
        public byte[] originalBytes() {
            return SkillWriter.encode(original.text(), original.byteOrderMark());
        }

        /** @return the bytes to write */
        public byte[] fixedBytes() {
            return SkillWriter.encode(fixedText, original.byteOrderMark());
        }

        /** @return a unified diff from the original to the fixed text, paths prefixed a/ and b/ */
        public String diff() {
            return UnifiedDiff.of(path, original.text(), fixedText);
        }
    }

    /**
     * What {@code --fix} would do.
     *
     * @param files the files that change, in path order
     * @param failures one message per file whose fixes were left out because it could not be read again as it
     *                 was validated (it changed since), in path order
     */
    public record Plan(List<FileFix> files, List<String> failures) {
        /** Copies the lists. */
        public Plan {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }

        /**
         * A plan whose files could all be read.
         *
         * @param files the files that change, in path order
         */
        public Plan(List<FileFix> files) {
            this(files, List.of());
        }

        /** @return number of findings fixed */
        public int fixedCount() {
            return files.stream().mapToInt(f -> f.applied().size()).sum();
        }

        /** @return findings whose fix was left out because it overlapped another */
        public List<Finding> skipped() {
            return files.stream().flatMap(f -> f.skipped().stream()).toList();
        }
    }

    /** Where a display path lives on disk, and the folder it must stay inside. */
    @FunctionalInterface
    public interface Locator {
        /**
         * @param displayPath a file's display path
         * @return the file and its validated root folder, if the path belongs to a folder on disk
         */
        Optional<Location> locate(String displayPath);
    }

    /**
     * @param file the file
     * @param root the validated folder it must stay inside
     */
    public record Location(Path file, Path root) {
    }

    /**
     * @param result a validation result
     * @param includeUnsafe whether to take fixes marked unsafe too
     * @return the edits to make, file by file; fixes marked on-request are left out
     */
    public static Plan plan(ValidationResult result, boolean includeUnsafe) {
        return plan(result, includeUnsafe, Set.of());
    }

    /**
     * @param result a validation result
     * @param includeUnsafe whether to take fixes marked unsafe too
     * @param requested rule ids asked for by themselves ({@code --fix --rule ID}): only their on-request fixes
     *     (line-ending conversion) are taken
     * @return the edits to make, file by file
     */
    public static Plan plan(ValidationResult result, boolean includeUnsafe, Set<String> requested) {
        SourceTexts texts = SourceTexts.of(result.packs());
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (!f.suppressed() && !f.fixes().isEmpty()) {
                byFile.computeIfAbsent(f.span().path(), k -> new ArrayList<>()).add(f);
            }
        }
        List<FileFix> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            Optional<TextFile> file;
            try {
                // the result keeps no text: the file is read again, and refused when it is not what was checked
                file = texts.file(e.getKey());
            } catch (SkillChangedException changed) {
                failures.add(e.getKey() + ": not fixed: " + (changed.path().equals(e.getKey()) ? "the file"
                        : changed.path() + ", a file of the same skill,") + " changed since it was read; run again");
                continue;
            }
            if (file.isEmpty()) {
                continue;
            }
            String text = file.get().text();
            List<TextEdit> chosen = new ArrayList<>();
            List<Finding> applied = new ArrayList<>();
            List<Finding> skipped = new ArrayList<>();
            for (Finding f : e.getValue()) {
                Optional<Fix> fix = f.fixes().stream()
                        .filter(x -> x.safe() || includeUnsafe)
                        .filter(x -> !x.onRequest() || requested.contains(f.ruleId()))
                        .findFirst();
                if (fix.isEmpty()) {
                    continue;
                }
                // line breaks a fix inserts are written LF first; the file's style is applied once all edits are known
                List<TextEdit> edits = fix.get().edits().stream()
                        .map(edit -> new TextEdit(edit.offset(), edit.length(), edit.replacement().replace("\r\n", "\n")))
                        .toList();
                boolean fits = edits.stream().allMatch(edit -> edit.end() <= text.length())
                        && !TextEdit.overlap(edits)
                        && edits.stream().noneMatch(edit -> chosen.stream().anyMatch(c -> overlaps(c, edit)));
                if (fits) {
                    chosen.addAll(edits);
                    applied.add(f);
                } else {
                    skipped.add(f);
                }
            }
            if (!applied.isEmpty()) {
                String fixed = applyInFileStyle(file.get(), chosen);
                if (!fixed.equals(text) || !skipped.isEmpty()) {
                    files.add(new FileFix(e.getKey(), file.get(), fixed, applied, skipped));
                }
            } else if (!skipped.isEmpty()) {
                files.add(new FileFix(e.getKey(), file.get(), text, applied, skipped));
            }
        }
        files.sort(java.util.Comparator.comparing(FileFix::path));
        failures.sort(null);
        return new Plan(files, failures);
    }

    /**
     * Applies edits whose inserted line breaks are LF. A file that keeps CRLF line breaks after the edits gets
     * its inserted breaks as CRLF too; a file whose CRLF breaks were all converted (the line-ending fix) keeps
     * them LF, so the result never mixes the two styles because of a fix.
     */
    private static String applyInFileStyle(TextFile file, List<TextEdit> edits) {
        String lf = TextEdit.apply(file.text(), edits);
        boolean crlfBefore = file.lineEndings() == TextFile.LineEndings.CRLF;
        if (!crlfBefore || !lf.contains("\r\n")) {
            return lf;
        }
        List<TextEdit> crlf = edits.stream()
                .map(edit -> new TextEdit(edit.offset(), edit.length(), toCrlf(edit.replacement()))).toList();
        return TextEdit.apply(file.text(), crlf);
    }

    /** Overlap, counting an insertion strictly inside a replaced range, but not edits that only touch. */
    static boolean overlaps(TextEdit a, TextEdit b) {
        if (Math.max(a.offset(), b.offset()) < Math.min(a.end(), b.end())) {
            return true;
        }
        if (a.length() == 0 && b.offset() < a.offset() && a.offset() < b.end()) {
            return true;
        }
        return b.length() == 0 && a.offset() < b.offset() && b.offset() < a.end();
    }

    private static String toCrlf(String replacement) {
        return replacement.replaceAll("(?<!\r)\n", "\r\n");
    }

    /**
     * What writing a plan did.
     *
     * @param written files written, with the findings fixed in them
     * @param failures one message per file that was not written, saying why
     */
    public record Outcome(List<FileFix> written, List<String> failures) {
        /** Copies the lists. */
        public Outcome {
            written = List.copyOf(written);
            failures = List.copyOf(failures);
        }

        /** @return findings whose fix is now on disk */
        public int fixedCount() {
            return written.stream().mapToInt(f -> f.applied().size()).sum();
        }
    }

    /**
     * Writes the fixed files.
     *
     * @param plan what to write
     * @param locator where each file lives
     * @return one message per file that was not written, saying why (empty when all were written)
     */
    public static List<String> write(Plan plan, Locator locator) {
        return apply(plan, locator).failures();
    }

    /**
     * Writes the fixed files and says which were written.
     *
     * @param plan what to write
     * @param locator where each file lives
     * @return the files written and the failures
     */
    public static Outcome apply(Plan plan, Locator locator) {
        List<FileFix> written = new ArrayList<>();
        List<String> problems = new ArrayList<>(plan.failures());
        for (FileFix fix : plan.files()) {
            if (fix.applied().isEmpty() || fix.fixedText().equals(fix.original().text())) {
                continue;
            }
            try {
                Location location = locator.locate(fix.path())
                        .orElseThrow(() -> new IOException("not a file of a validated folder"));
                writeOne(fix, location);
                written.add(fix);
            } catch (IOException e) {
                problems.add(fix.path() + ": not fixed: " + reason(e));
            }
        }
        return new Outcome(written, problems);
    }

    /** A reason a person can act on, without Java exception class names. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file or a folder on its way no longer exists";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a folder on its way is not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            String why = fs.getReason();
            return why == null ? "the file system refused the write" : why.toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null ? "the write failed" : message;
    }

    private static void writeOne(FileFix fix, Location location) throws IOException {
        Path root = location.root().toAbsolutePath().normalize();
        Path file = location.file().toAbsolutePath().normalize();
        if (!file.startsWith(root)) {
            throw new IOException("the file lies outside the validated folder");
        }
        if (Files.isSymbolicLink(file)) {
            throw new IOException("the file is a symbolic link; fix the file it points to instead");
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw new IOException("a folder on the way is a symbolic link leaving the validated folder");
        }
        byte[] now = Files.readAllBytes(file);
        if (!Arrays.equals(now, fix.originalBytes())) {
            throw new IOException("the file changed since it was read; run again");
        }
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".skillpack-tmp");
        try {
            Files.write(temp, fix.fixedBytes());
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(to, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the temporary file keeps the default permissions
        }
    }
}
