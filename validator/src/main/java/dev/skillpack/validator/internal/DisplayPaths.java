package dev.skillpack.validator.internal;

/** Questions about the display paths findings and skills carry ({@code pack/skill/SKILL.md}). */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    /**
     * @param path a display path, a finding's say
     * @param folder a skill's or pack's display path; {@code "."} is the folder validated, holding every path
     * @return whether {@code path} is {@code folder} itself or lies inside it
     */
    public static boolean inside(String path, String folder) {
        return path.equals(folder) || folder.equals(".") || path.startsWith(folder + "/");
    }
}
