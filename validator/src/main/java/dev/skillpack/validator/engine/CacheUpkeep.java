package dev.skillpack.validator.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the cache folder from growing without end. Every entry of the findings cache and of the run cache
 * is one file {@code <entries>/<2 hex digits>/<hex digits>.bin}; an entry read back is marked used by moving
 * its modification time to now (at most once a day, so a hit costs no write on most runs), and at most once
 * a day a run deletes the entries nobody used for {@link #KEEP_UNUSED}: entries of an older tool build, of a
 * skill since edited, of a pack gone. Temporary files a crashed run left are deleted after a day.
 *
 * <p>Only names of that exact shape are deleted, only regular files (a symbolic link is never followed nor
 * removed), only in the entry folders the caches name, so a cache folder pointed at the wrong place loses
 * nothing else. A folder that cannot be read or written is left alone: upkeep only ever costs time.
 */
public final class CacheUpkeep {
    /** Entries not read or written for this long are deleted. */
    public static final Duration KEEP_UNUSED = Duration.ofDays(30);
    /** A read moves an entry's modification time only when it is older than this. */
    static final Duration MARK_AFTER = Duration.ofDays(1);
    /** How often a run looks for unused entries, and how old a temporary file must be to be deleted. */
    static final Duration EVERY = Duration.ofDays(1);
    /** The file in the cache folder whose modification time says when the last look was. */
    static final String STAMP = "pruned";

    private CacheUpkeep() {
    }

    /**
     * Marks a cache entry just read as used.
     *
     * @param entry the entry's file
     * @param modified its modification time, as read with its other attributes
     * @param now the time now
     */
    public static void markUsed(Path entry, FileTime modified, Instant now) {
        if (modified.toInstant().isBefore(now.minus(MARK_AFTER))) {
            try {
                Files.setLastModifiedTime(entry, FileTime.from(now));
            } catch (IOException | RuntimeException e) {
                // a read-only cache: the entry may be pruned early, which only costs a recomputation
            }
        }
    }

    /**
     * Deletes unused entries when the last look was a day or more ago (or its stamp is from the future).
     *
     * @param folder the cache folder, holding the stamp
     * @param entryFolders the caches' entry folders ({@link FindingCache#entryFolder()}, the run cache's)
     * @param now the time now
     * @return how many files were deleted
     */
    public static int pruneIfDue(Path folder, List<Path> entryFolders, Instant now) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !due(folder.resolve(STAMP), now)) {
            return 0;
        }
        try {
            Path stamp = folder.resolve(STAMP);
            if (!Files.exists(stamp, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(stamp);
            }
            Files.setLastModifiedTime(stamp, FileTime.from(now));
        } catch (IOException | RuntimeException e) {
            return 0; // cannot record the look: a read-only cache is left as it is
        }
        Instant unusedBefore = now.minus(KEEP_UNUSED);
        Instant strayBefore = now.minus(EVERY);
        int deleted = 0;
        for (Path entries : entryFolders) {
            for (Path shard : children(entries)) {
                if (isShard(shard)) {
                    for (Path file : children(shard)) {
                        deleted += deleteIfStale(file, unusedBefore, strayBefore);
                    }
                }
            }
        }
        return deleted;
    }

    private static boolean due(Path stamp, Instant now) {
        try {
            BasicFileAttributes a = Files.readAttributes(stamp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return false; // not ours to touch
            }
            Instant last = a.lastModifiedTime().toInstant();
            return !last.isAfter(now.minus(EVERY)) || last.isAfter(now.plus(EVERY));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isShard(Path folder) {
        String name = folder.getFileName().toString();
        return name.length() == 2 && hex(name, 0, 2) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
    }

    private static int deleteIfStale(Path file, Instant unusedBefore, Instant strayBefore) {
        String name = file.getFileName().toString();
        boolean entry = name.endsWith(".bin") && name.length() > 4 && hex(name, 0, name.length() - 4);
        boolean temporary = name.endsWith(".tmp");
        if (!entry && !temporary) {
            return 0;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant modified = a.lastModifiedTime().toInstant();
            if (a.isRegularFile() && modified.isBefore(entry ? unusedBefore : strayBefore)) {
                Files.deleteIfExists(file);
                return 1;
            }
        } catch (IOException | RuntimeException e) {
            // vanished, or not ours to delete: leave it
        }
        return 0;
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            List<Path> list = new ArrayList<>();
            stream.forEach(list::add);
            return list;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
