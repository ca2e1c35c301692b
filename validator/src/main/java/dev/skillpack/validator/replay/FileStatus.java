package dev.skillpack.validator.replay;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One path's status as {@code stat(2)} gives it: mode, inode, device, owner, group, size, modification and
 * change time (in nanoseconds, as {@link FileTime#to} gives them), or why it could not be read.
 *
 * <p>The only public way to the change time is the {@code unix:} view read by attribute names, which
 * parses the names, builds a map and boxes every value on each call: in a short-lived JVM that costs about
 * three times the {@code stat} itself (140 against 50 ms for the 6,100 entries of a 1,000-skill pack). The
 * JDK's own stat record, which {@link Files#readAttributes(Path, Class, LinkOption...)} returns, holds the
 * same numbers; when the launcher opened its package ({@code Add-Opens: java.base/sun.nio.fs} in the CLI
 * jar's manifest) they are read from its fields instead. Both ways give the same values (a test compares
 * them); where the package is not open, or the JDK names its fields otherwise, the names are used.
 */
final class FileStatus {
    private static final String ATTRIBUTES = "unix:mode,ino,dev,uid,gid,size,lastModifiedTime,ctime";
    /** A missing path. */
    static final FileStatus MISSING = new FileStatus(0, 0, 0, 0, 0, 0, 0, 0, "");

    final int mode;
    final long ino;
    final long dev;
    final int uid;
    final int gid;
    final long size;
    final long modified;
    final long changed;
    /** null when read; "" when missing; else the class of the exception that stopped it. */
    final String error;

    private FileStatus(int mode, long ino, long dev, int uid, int gid, long size, long modified, long changed,
                       String error) {
        this.mode = mode;
        this.ino = ino;
        this.dev = dev;
        this.uid = uid;
        this.gid = gid;
        this.size = size;
        this.modified = modified;
        this.changed = changed;
        this.error = error;
    }

    /**
     * @param path the path
     * @param options whether to follow a link
     * @return its status, never throwing
     */
    static FileStatus read(Path path, LinkOption[] options) {
        return Record.FIELDS == null ? byNames(path, options) : fromRecord(path, options);
    }

    /** @return whether statuses are read from the JDK's stat record (the package is open to this code) */
    static boolean readsRecord() {
        return Record.FIELDS != null;
    }

    /** The {@code unix:} view, by attribute names: always available on a unix JDK. */
    static FileStatus byNames(Path path, LinkOption[] options) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(path, ATTRIBUTES, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return failed(e);
        }
        return new FileStatus((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"),
                (Integer) a.get("uid"), (Integer) a.get("gid"), (Long) a.get("size"),
                ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), null);
    }

    /** The JDK's stat record, read through its fields (only when {@link #readsRecord()}). */
    static FileStatus fromRecord(Path path, LinkOption[] options) {
        Object r;
        try {
            r = Files.readAttributes(path, PosixFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return failed(e);
        }
        Field[] f = Record.FIELDS;
        if (!f[0].getDeclaringClass().isInstance(r)) {
            return byNames(path, options);
        }
        try {
            return new FileStatus(f[0].getInt(r), f[1].getLong(r), f[2].getLong(r), f[3].getInt(r),
                    f[4].getInt(r), f[5].getLong(r), nanos(f[6].getLong(r), f[7].getLong(r)),
                    nanos(f[8].getLong(r), f[9].getLong(r)), null);
        } catch (IllegalAccessException e) {
            return byNames(path, options);
        }
    }

    /** Seconds and nanoseconds as {@code FileTime.to(NANOSECONDS)} gives them: saturated on overflow. */
    static long nanos(long seconds, long nanos) {
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException e) {
            return seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static FileStatus failed(Exception e) {
        return new FileStatus(0, 0, 0, 0, 0, 0, 0, 0, e.getClass().getName());
    }

    /** The stat record's fields, looked up once; null when they cannot be read. */
    private static final class Record {
        static final Field[] FIELDS = lookUp();

        private static Field[] lookUp() {
            String[] names = {"st_mode", "st_ino", "st_dev", "st_uid", "st_gid", "st_size", "st_mtime_sec",
                "st_mtime_nsec", "st_ctime_sec", "st_ctime_nsec"};
            Class<?>[] types = {int.class, long.class, long.class, int.class, int.class, long.class, long.class,
                long.class, long.class, long.class};
            try {
                Class<?> record = Class.forName("sun.nio.fs.UnixFileAttributes", false, null);
                Field[] fields = new Field[names.length];
                for (int i = 0; i < names.length; i++) {
                    fields[i] = record.getDeclaredField(names[i]);
                    if (fields[i].getType() != types[i]) {
                        return null;
                    }
                    fields[i].setAccessible(true);
                }
                return fields;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // not open to this code (no Add-Opens), another JDK or another platform: read by names
                return null;
            }
        }
    }
}
