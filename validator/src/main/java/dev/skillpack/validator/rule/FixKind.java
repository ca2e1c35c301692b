package dev.skillpack.validator.rule;

/** What {@code --fix} can do about a rule's findings, as {@code skillpack rules} lists it. */
public enum FixKind {
    /** No fix. */
    NONE(""),
    /** {@code --fix} repairs its findings. */
    SAFE("safe"),
    /** Only {@code --unsafe-fixes} does: the edit needs review. */
    UNSAFE("unsafe"),
    /** Safe for some findings, unsafe for others (for example inside code blocks). */
    SAFE_OR_UNSAFE("safe/unsafe"),
    /** Only when the rule is asked for by itself, {@code --fix --rule ID}: the fix rewrites the whole file. */
    ON_REQUEST("on request");

    private final String label;

    FixKind(String label) {
        this.label = label;
    }

    /** @return the word shown in the rule table; empty for {@link #NONE} */
    public String label() {
        return label;
    }
}
