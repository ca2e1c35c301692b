package dev.skillpack.core.catalog;

/**
 * A request a {@link SkillCatalog} refuses: an unknown skill, a resource path that is absolute, climbs
 * with {@code ..}, hides either behind percent-encoding, or names no file of the skill. The message says
 * what was asked and what to do, in words an agent can act on; it never holds a Java class name and
 * never a raw control character.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why */
    public CatalogException(String message) {
        super(message);
    }
}
