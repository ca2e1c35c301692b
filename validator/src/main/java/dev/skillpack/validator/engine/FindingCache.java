package dev.skillpack.validator.engine;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Finding;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of per-skill rule findings, keyed by {@link SkillCacheKey}: a skill whose files, rules,
 * options, target, tokenizer and tool build are unchanged gets its findings back without running a
 * rule. One small file per key; a file is written to a temporary name and moved into place, so
 * concurrent runs never see half a file. The folder is safe to delete at any time.
 *
 * <p>A cache file is local input, not trusted: one that cannot be read, is truncated, fails its
 * checksum, has another format version, holds a different key or values out of range is ignored (a
 * miss), never a crash. A
 * cache that cannot be written (read-only folder, full disk) is ignored too. Entries unused for a month
 * are deleted by {@link CacheUpkeep}.
 */
public final class FindingCache {
    /** The folder name under the user cache folder. */
    public static final String FOLDER_NAME = "skillpack";
    /** Bumped whenever the file layout changes; files of other versions are misses. */
    private static final int FORMAT = 1;
    private static final int MAGIC = 0x534b5043; // "SKPC"
    /** No skill's findings come near these; larger values mean a corrupt or hostile file. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_ITEMS = 100_000;
    private static final long MAX_FILE_BYTES = 64L << 20;
    private static final int CHECKSUM_BYTES = 32;

    private final Path folder;

    private FindingCache(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder where the cache files live; created on the first write
     * @return a cache in that folder
     */
    public static FindingCache in(Path folder) {
        return new FindingCache(folder.toAbsolutePath().normalize());
    }

    /**
     * The per-user cache folder: {@code $SKILLPACK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/skillpack},
     * else {@code $HOME/.cache/skillpack}.
     *
     * @param env environment variables
     * @return the folder; empty when none of the variables is set
     */
    public static Optional<Path> defaultFolder(Map<String, String> env) {
        String own = env.get("SKILLPACK_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Optional.of(Path.of(own));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, FOLDER_NAME));
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Optional.of(Path.of(home, ".cache", FOLDER_NAME));
        }
        return Optional.empty();
    }

    /** @return the cache folder */
    public Path folder() {
        return folder;
    }

    /**
     * @param key a key from {@link SkillCacheKey}
     * @return the findings stored under it; empty when there are none or the file is unusable
     */
    public Optional<List<Finding>> get(String key) {
        Path file = file(key);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            List<Finding> findings = decode(key, Files.readAllBytes(file));
            CacheUpkeep.markUsed(file, a.lastModifiedTime(), Instant.now());
            return Optional.of(findings);
        } catch (IOException | RuntimeException e) {
            // corrupt, truncated, hostile or vanished: recompute (never trust it, never crash on it)
            return Optional.empty();
        }
    }

    /**
     * Stores findings under a key; failures to write are ignored (the run goes on without a cache).
     *
     * @param key a key from {@link SkillCacheKey}
     * @param findings the skill's findings, none of them suppressed yet
     */
    public void put(String key, List<Finding> findings) {
        Path file = file(key);
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            Files.write(temp, encode(key, findings));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do; the stray temporary file is harmless
                }
            }
        }
    }

    /** @return the folder of this format's entries, {@code <2 hex digits>/<62 hex digits>.bin} below it */
    public Path entryFolder() {
        return folder.resolve("v" + FORMAT);
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return entryFolder().resolve(key.substring(0, 2)).resolve(key.substring(2) + ".bin");
    }

    static byte[] encode(String key, List<Finding> findings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, key);
            out.writeInt(findings.size());
            for (Finding f : findings) {
                string(out, f.ruleId());
                string(out, f.alias());
                out.writeByte(f.category().ordinal());
                out.writeByte(f.severity().ordinal());
                string(out, f.message());
                SourceSpan s = f.span();
                string(out, s.path());
                out.writeInt(s.lineIndex());
                out.writeInt(s.columnIndex());
                out.writeInt(s.endLineIndex());
                out.writeInt(s.endColumnIndex());
                out.writeInt(s.offset());
                out.writeInt(s.length());
                out.writeByte(f.suppression().ordinal());
                out.writeInt(f.fixes().size());
                for (Fix fix : f.fixes()) {
                    string(out, fix.description());
                    out.writeBoolean(fix.safe());
                    out.writeBoolean(fix.onRequest());
                    out.writeInt(fix.edits().size());
                    for (TextEdit edit : fix.edits()) {
                        out.writeInt(edit.offset());
                        out.writeInt(edit.length());
                        string(out, edit.replacement());
                    }
                }
            }
        }
        byte[] payload = bytes.toByteArray();
        byte[] sum = checksum(payload, payload.length);
        byte[] file = Arrays.copyOf(payload, payload.length + sum.length);
        System.arraycopy(sum, 0, file, payload.length, sum.length);
        return file;
    }

    /** SHA-256 of the first {@code length} bytes: a file changed by a crash, a disk or a hand is a miss. */
    private static byte[] checksum(byte[] data, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static List<Finding> decode(String key, byte[] file) throws IOException {
        int length = file.length - CHECKSUM_BYTES;
        if (length < 0 || !MessageDigest.isEqual(checksum(file, length),
                Arrays.copyOfRange(file, length, file.length))) {
            throw new IOException("checksum does not match");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, 0, length));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(string(in))) {
            throw new IOException("not this key's cache file");
        }
        int count = count(in);
        List<Finding> findings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            String ruleId = string(in);
            String alias = string(in);
            Category category = Category.values()[in.readUnsignedByte()];
            Severity severity = Severity.values()[in.readUnsignedByte()];
            String message = string(in);
            SourceSpan span = new SourceSpan(string(in), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt());
            Finding.Suppression suppression = Finding.Suppression.values()[in.readUnsignedByte()];
            int fixCount = count(in);
            List<Fix> fixes = new ArrayList<>(Math.min(fixCount, 16));
            for (int j = 0; j < fixCount; j++) {
                String description = string(in);
                boolean safe = in.readBoolean();
                boolean onRequest = in.readBoolean();
                int editCount = count(in);
                List<TextEdit> edits = new ArrayList<>(Math.min(editCount, 16));
                for (int k = 0; k < editCount; k++) {
                    edits.add(new TextEdit(in.readInt(), in.readInt(), string(in)));
                }
                fixes.add(new Fix(description, safe, edits, onRequest));
            }
            findings.add(new Finding(ruleId, alias, category, severity, message, span, fixes, suppression));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return List.copyOf(findings);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("string length out of range");
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("truncated");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("count out of range");
        }
        return n;
    }
}
