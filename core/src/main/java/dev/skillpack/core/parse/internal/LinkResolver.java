package dev.skillpack.core.parse.internal;

import dev.skillpack.core.model.LinkTarget;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves link destinations written in one file against the files of its skill. */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");

    private final Set<String> skillFiles;
    private final String folder;

    /**
     * @param skillFiles skill-relative paths of every file of the skill
     * @param documentPath skill-relative path of the file holding the links
     */
    public LinkResolver(Set<String> skillFiles, String documentPath) {
        this.skillFiles = Set.copyOf(skillFiles);
        int slash = documentPath.lastIndexOf('/');
        this.folder = slash < 0 ? "" : documentPath.substring(0, slash);
    }

    /**
     * @param destination a destination as written
     * @return where it leads
     */
    public LinkTarget resolve(String destination) {
        String dest = destination.strip();
        if (dest.startsWith("<") && dest.endsWith(">")) {
            dest = dest.substring(1, dest.length() - 1);
        }
        if (dest.isEmpty()) {
            return new LinkTarget(LinkTarget.Kind.ANCHOR, "", "");
        }
        if (dest.startsWith("#")) {
            return new LinkTarget(LinkTarget.Kind.ANCHOR, "", dest.substring(1));
        }
        if (WINDOWS_DRIVE.matcher(dest).find() || dest.startsWith("/") || dest.startsWith("\\")) {
            return new LinkTarget(LinkTarget.Kind.OUTSIDE, dest.replace('\\', '/'), "");
        }
        if (SCHEME.matcher(dest).find()) {
            return new LinkTarget(LinkTarget.Kind.EXTERNAL, "", "");
        }
        String fragment = "";
        int hash = dest.indexOf('#');
        if (hash >= 0) {
            fragment = dest.substring(hash + 1);
            dest = dest.substring(0, hash);
        }
        int query = dest.indexOf('?');
        if (query >= 0) {
            dest = dest.substring(0, query);
        }
        String decoded = decode(dest).replace('\\', '/');
        String joined = folder.isEmpty() ? decoded : folder + "/" + decoded;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return new LinkTarget(LinkTarget.Kind.OUTSIDE, decoded, fragment);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String path = String.join("/", parts);
        boolean exists = skillFiles.contains(path)
                || skillFiles.stream().anyMatch(f -> f.startsWith(path + "/"));
        return new LinkTarget(exists ? LinkTarget.Kind.FILE : LinkTarget.Kind.MISSING, path, fragment);
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
