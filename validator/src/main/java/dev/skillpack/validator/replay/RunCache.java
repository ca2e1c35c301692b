package dev.skillpack.validator.replay;

import dev.skillpack.validator.engine.CacheUpkeep;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Whole {@code validate} runs kept for replay: the exit code and the exact bytes written to standard
 * output and standard error, stored under a key of everything the run's output depends on besides the
 * files it reads, with an {@link InputSnapshot} of those files. A later run with the same key whose
 * snapshot matches prints the stored bytes instead of parsing a single file.
 *
 * <p>The key covers the tool (path, size, times and inode of each class path entry: a
 * rebuilt jar misses), the JVM and the settings that change text (Java version, encodings, locale, time
 * zone, line separator), the working directory, the arguments word for word, whether standard output is a
 * terminal, and the variables that change colour and progress output ({@code NO_COLOR},
 * {@code FORCE_COLOR}, {@code CI}, {@code TERM}).
 *
 * <p>One file per key under {@code runs/} in the cache folder, written to a temporary name and moved into
 * place, so concurrent runs never read half a file; the folder is safe to delete. A file that cannot be
 * read, is truncated, fails its CRC-32C, has another format or another key is a miss, never an error.
 * Runs not replayed for a month are deleted by {@link CacheUpkeep}.
 */
public final class RunCache {
    /** Bumped whenever the file layout or what a snapshot records changes. */
    private static final int FORMAT = 1;
    private static final int MAGIC = 0x534b5252; // "SKRR"
    private static final String VERSION_FOLDER = "v" + FORMAT;
    /** Runs that print more than this are not stored. */
    public static final int MAX_OUTPUT_BYTES = 64 << 20;
    private static final long MAX_FILE_BYTES = 3L * MAX_OUTPUT_BYTES;
    private static final List<String> ENVIRONMENT = List.of("NO_COLOR", "FORCE_COLOR", "CI", "TERM");
    private static final List<String> PROPERTIES = List.of("java.version", "java.vm.version", "java.home",
            "file.encoding", "sun.jnu.encoding", "sun.stdout.encoding", "sun.stderr.encoding", "native.encoding",
            "user.language", "user.country", "user.variant", "user.script", "user.timezone", "line.separator",
            "os.name", "os.arch");

    /**
     * A stored run.
     *
     * @param exitCode its exit code
     * @param out what it wrote to standard output
     * @param err what it wrote to standard error
     */
    public record Replay(int exitCode, byte[] out, byte[] err) {
    }

    private final Path file;
    private final byte[] key;

    private RunCache(Path file, byte[] key) {
        this.file = file;
        this.key = key;
    }

    /**
     * @param folder the cache folder ({@code runs/} is made below it)
     * @param tool the tool's identity, from {@link #tool()}
     * @param args the command line
     * @param cwd the working directory
     * @param env environment variables
     * @param terminal whether standard output is a terminal
     * @return the cache slot of this invocation
     */
    public static RunCache of(Path folder, String tool, List<String> args, Path cwd, Map<String, String> env,
                              boolean terminal) {
        KeyWriter k = new KeyWriter(1024);
        k.text("skillpack-run");
        k.number(FORMAT);
        k.text(tool);
        for (String property : PROPERTIES) {
            k.text(property);
            String value = System.getProperty(property);
            k.text(value == null ? "\0unset" : value);
        }
        k.text(cwd.toAbsolutePath().normalize().toString());
        k.number(args.size());
        for (String arg : args) {
            k.text(arg);
        }
        k.text(terminal ? "terminal" : "not a terminal");
        for (String variable : ENVIRONMENT) {
            String value = env.get(variable);
            k.text(value == null ? "\0unset" : value);
        }
        byte[] key = k.toByteArray();
        // the name only spreads keys over files; the whole key is stored in the file and compared
        String name = HexFormat.of().toHexDigits(fnv1a(key));
        Path file = entryFolder(folder).resolve(name.substring(0, 2)).resolve(name.substring(2).concat(".bin"));
        return new RunCache(file, key);
    }

    /**
     * @param folder the cache folder
     * @return the folder of this format's stored runs, {@code <2 hex digits>/<14 hex digits>.bin} below it
     */
    public static Path entryFolder(Path folder) {
        return folder.toAbsolutePath().normalize().resolve("runs").resolve(VERSION_FOLDER);
    }

    private static long fnv1a(byte[] bytes) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * @return this tool's identity: each class path entry's path, size, times, inode and device (which
     *         covers the version, a resource in a jar), so a rebuilt jar or an added rule jar gets other
     *         keys; empty when an entry is a folder
     *         (classes compiled in place, as in a development build) or cannot be read, as no key would then
     *         be safe
     */
    public static Optional<String> tool() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        // the version is not read: it is a resource inside a jar named here, and reading it opens the jar,
        // which a replay whose classes all come from the class-data archive need not do
        StringBuilder tool = new StringBuilder("class path");
        for (String entry : classPath.split(File.pathSeparator)) {
            Optional<String> identity = identity(entry);
            if (identity.isEmpty()) {
                return Optional.empty();
            }
            tool.append('\n').append(identity.get());
        }
        return Optional.of(tool.toString());
    }

    /** A class path jar's path, size, times and inode; empty for a folder or anything unreadable. */
    private static Optional<String> identity(String entry) {
        try {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            Map<String, Object> a = Files.readAttributes(path, "unix:mode,ino,dev,size,lastModifiedTime,ctime");
            if (((Integer) a.get("mode") & 0170000) != 0100000) {
                return Optional.empty();
            }
            // no string concatenation here: its first use costs start-up time a replayed run should not pay
            return Optional.of(new StringBuilder(path.toString()).append('@').append(a.get("size")).append('@')
                    .append(a.get("lastModifiedTime")).append('@').append(a.get("ctime")).append('@')
                    .append(a.get("ino")).append('@').append(a.get("dev")).toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return the file this invocation is stored in */
    public Path file() {
        return file;
    }

    /**
     * @param current the inputs as they are now
     * @return the stored run, when there is one and its inputs were the same; empty otherwise
     */
    public Optional<Replay> lookup(InputSnapshot current) {
        Optional<Stored> stored = read();
        if (stored.isPresent() && current.matches(stored.get().snapshot())) {
            return Optional.of(stored.get().replay());
        }
        return Optional.empty();
    }

    /**
     * @return whether there is a readable entry (its snapshot not compared)
     */
    public boolean present() {
        return read().isPresent();
    }

    /**
     * Stores a run; does nothing when it cannot be stored safely: a snapshot that is racy or not replayable,
     * inputs that changed while it ran, an exit code other than 0 or 1, too much output. Failures to write
     * are ignored (the next run checks afresh).
     *
     * @param before the inputs, taken before the run
     * @param after the inputs, taken after the run
     * @param replay the run
     * @return whether it was stored
     */
    public boolean store(InputSnapshot before, InputSnapshot after, Replay replay) {
        if (!after.replayable() || after.racy() || !before.matches(after.bytes())
                || (replay.exitCode() != 0 && replay.exitCode() != 1)
                || replay.out().length > MAX_OUTPUT_BYTES || replay.err().length > MAX_OUTPUT_BYTES) {
            return false;
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), "run", ".tmp");
            Files.write(temp, encode(after.bytes(), replay));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }

    private record Stored(byte[] snapshot, Replay replay) {
    }

    private Optional<Stored> read() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            Stored stored = decode(Files.readAllBytes(file));
            CacheUpkeep.markUsed(file, a.lastModifiedTime(), Instant.now());
            return Optional.of(stored);
        } catch (IOException | RuntimeException e) {
            // corrupt, truncated, hostile or vanished: run afresh
            return Optional.empty();
        }
    }

    private byte[] encode(byte[] snapshot, Replay replay) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(snapshot.length + replay.out().length
                + replay.err().length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            block(out, key);
            block(out, snapshot);
            out.writeInt(replay.exitCode());
            block(out, replay.out());
            block(out, replay.err());
            CRC32C crc = new CRC32C();
            byte[] body = bytes.toByteArray();
            crc.update(body, 0, body.length);
            out.writeLong(crc.getValue());
        }
        return bytes.toByteArray();
    }

    private static void block(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private Stored decode(byte[] file) throws IOException {
        if (file.length < 8) {
            throw new IOException("truncated");
        }
        ByteBuffer in = ByteBuffer.wrap(file, 0, file.length - 8);
        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(file, file.length - 8, 8).getLong()) {
            throw new IOException("checksum does not match");
        }
        if (in.getInt() != MAGIC || in.getInt() != FORMAT
                || !java.util.Arrays.equals(key, block(in))) {
            throw new IOException("not this key's file");
        }
        byte[] snapshot = block(in);
        int exitCode = in.getInt();
        byte[] out = block(in);
        byte[] err = block(in);
        if (in.hasRemaining()) {
            throw new IOException("trailing bytes");
        }
        return new Stored(snapshot, new Replay(exitCode, out, err));
    }

    private static byte[] block(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("length out of range");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
