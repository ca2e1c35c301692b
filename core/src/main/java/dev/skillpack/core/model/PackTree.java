package dev.skillpack.core.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which paths a pack's listing saw: its files, the folders that hold them, and the parts it did not list in
 * full (folders it skipped, or everything once a limit cut the listing short). Rules that must know whether a
 * path a client file names exists ask this instead of the file system, which rules never touch. Immutable.
 *
 * @param files every listed file, relative to the pack's folder with forward slashes
 * @param folders every folder holding a listed file ({@code ""} for the pack's folder itself)
 * @param unlisted paths the listing saw but did not list completely; {@code ""} means all of it
 */
public record PackTree(Set<String> files, Set<String> folders, Set<String> unlisted) {
    private static final PackTree UNKNOWN = new PackTree(Set.of(), Set.of(), Set.of(""));

    /** What a path is, as far as the listing can tell. */
    public enum Kind {
        /** A listed file. */
        FILE,
        /** A folder holding listed files. */
        FOLDER,
        /** Nothing the listing saw. */
        NOTHING,
        /** At or under a part the listing did not list in full: it may exist. */
        UNKNOWN
    }

    /** Copies the sets. */
    public PackTree {
        files = Set.copyOf(files);
        folders = Set.copyOf(folders);
        unlisted = Set.copyOf(unlisted);
    }

    /** @return a tree that knows nothing (a pack not read from a listing): every path is {@link Kind#UNKNOWN} */
    public static PackTree unknown() {
        return UNKNOWN;
    }

    /**
     * @param files the listed files' paths
     * @param unlisted the parts not listed in full
     * @return the tree, with the folders derived from the files
     */
    public static PackTree of(Collection<String> files, Collection<String> unlisted) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                if (!folders.add(file.substring(0, slash))) {
                    break; // its parents are in already
                }
            }
        }
        return new PackTree(Set.copyOf(files), folders, Set.copyOf(unlisted));
    }

    /**
     * @param path a normalised relative path (no {@code .} or {@code ..} segments, no leading or trailing slash;
     *             {@code ""} for the pack's folder)
     * @return what it is
     */
    public Kind kind(String path) {
        if (unlisted.contains("")) {
            return Kind.UNKNOWN;
        }
        if (files.contains(path)) {
            return Kind.FILE;
        }
        if (folders.contains(path)) {
            return Kind.FOLDER;
        }
        for (String prefix = path; !prefix.isEmpty(); prefix = parent(prefix)) {
            if (unlisted.contains(prefix)) {
                return Kind.UNKNOWN;
            }
        }
        return Kind.NOTHING;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** @return the listed files in no particular order, as a list (for messages and tests) */
    public List<String> fileList() {
        return List.copyOf(files);
    }
}
