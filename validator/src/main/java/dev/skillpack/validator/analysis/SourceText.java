package dev.skillpack.validator.analysis;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import java.util.Optional;

/**
 * One reached text file as the extractors read it.
 *
 * @param path skill-relative path
 * @param folder its folder ("" at the skill root)
 * @param text its text
 * @param lines its line starts
 * @param markdown its Markdown model, when it is a Markdown file
 */
record SourceText(String path, String folder, String text, LineMap lines, Optional<MarkdownDocument> markdown) {

    /** @return whether it is a Python file */
    boolean isPython() {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".py");
    }
}
