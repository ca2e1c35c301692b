package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts about where a skill's files sit, shared by the structure and budget rules: which files count
 * at all, which folders the specification names, and which folders exist.
 */
public final class SkillLayout {
    /** The folders the specification names. */
    public static final Set<String> STANDARD_FOLDERS = Set.of("scripts", "references", "assets");

    private SkillLayout() {
    }

    /**
     * Files no rule looks at: hidden entries, Python caches and operating-system litter.
     *
     * @param relativePath a skill-relative path
     * @return whether the file is ignored
     */
    public static boolean ignored(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".") || segment.equals("__pycache__") || segment.equals("node_modules")) {
                return true;
            }
        }
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".pyc") || lower.endsWith("/thumbs.db") || lower.equals("thumbs.db");
    }

    /**
     * @param skill a skill
     * @return its files that rules look at, SKILL.md included, in path order
     */
    public static List<Resource> files(Skill skill) {
        return skill.resources().stream().filter(r -> !ignored(r.relativePath())).toList();
    }

    /**
     * @param skill a skill
     * @return every folder that holds at least one file rules look at, as skill-relative paths
     */
    public static Set<String> folders(Skill skill) {
        Set<String> folders = new TreeSet<>();
        for (Resource r : files(skill)) {
            String path = r.relativePath();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        return folders;
    }

    /**
     * @param skill a skill
     * @param relativePath a skill-relative path
     * @return whether it is the skill file
     */
    public static boolean isSkillFile(Skill skill, String relativePath) {
        return relativePath.equals(skill.skillFile().relativePath());
    }

    /**
     * @param skill a skill
     * @param resource one of its files
     * @param folder a skill-relative folder holding the file
     * @return the folder's display path, for findings about a folder
     */
    public static String folderDisplayPath(Skill skill, Resource resource, String folder) {
        String path = resource.path();
        String relative = resource.relativePath();
        if (path.endsWith(relative) && path.length() > relative.length()) {
            return path.substring(0, path.length() - relative.length()) + folder;
        }
        return skill.path() + "/" + folder;
    }

    /**
     * @param relativePath a skill-relative path
     * @return whether the path names a Markdown file
     */
    public static boolean isMarkdown(String relativePath) {
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /**
     * @param relativePath a skill-relative path
     * @return the file name's extension after its last dot, lower-cased ("" when it has no dot)
     */
    public static String extension(String relativePath) {
        String name = fileName(relativePath);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @param relativePath a skill-relative path
     * @return the file name without folders
     */
    public static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    /**
     * @param relativePath a skill-relative path
     * @return the first folder, or "" for a file at the root
     */
    public static String topFolder(String relativePath) {
        int slash = relativePath.indexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
