package dev.skillpack.core.model;

/** The kinds of {@link ParseProblem}. Names are stable: validators map them to rules. */
public enum ProblemCode {
    /** SKILL.md does not start with a {@code ---} line. */
    FRONTMATTER_MISSING,
    /** The front matter has no closing {@code ---} line. */
    FRONTMATTER_UNCLOSED,
    /** The front matter is not valid YAML. */
    YAML_SYNTAX,
    /** The front matter is valid YAML but not a mapping of keys to values. */
    YAML_NOT_MAPPING,
    /** A key appears twice in one mapping. */
    YAML_DUPLICATE_KEY,
    /** An alias ({@code *name}) or anchor ({@code &name}) was used; both are refused. */
    YAML_ALIAS,
    /** The YAML exceeds a nesting, length or size limit. */
    YAML_LIMIT,
    /** The file is not valid UTF-8. */
    ENCODING,
    /** The folder has no SKILL.md. */
    SKILL_FILE_MISSING,
    /** The folder has both SKILL.md and skill.md. */
    SKILL_FILE_AMBIGUOUS,
    /** A file is larger than the configured limit and was not read. */
    FILE_TOO_LARGE,
    /** A folder holds more files than the configured limit; the rest were not read. */
    TOO_MANY_FILES,
    /** A folder is nested deeper than the configured limit and was not read. */
    TOO_DEEP,
    /** A symbolic link was not followed. */
    SYMLINK,
    /** A file could not be read. */
    UNREADABLE,
    /** A skill's files add up to more bytes than the configured limit; the rest were not read. */
    SKILL_TOO_LARGE,
    /** A folder of tool output or installed dependencies inside a skill ({@code node_modules}, {@code .venv}) was not read. */
    FOLDER_SKIPPED,
    /** A text file has a line longer than the configured limit. */
    LINE_TOO_LONG,
    /**
     * A text file is larger than the limit for analysis: it was read and its characters can be checked (and a
     * SKILL.md's front matter was parsed), but its Markdown was not parsed.
     */
    TOO_LARGE_TO_ANALYSE,
    /** An archive entry has an unsafe name, is a link, is encrypted or appears twice; it was not read. */
    ARCHIVE_ENTRY_UNSAFE,
    /** An archive exceeds a limit on entries, inflated bytes or compression ratio; the rest was not read. */
    ARCHIVE_LIMIT
}
