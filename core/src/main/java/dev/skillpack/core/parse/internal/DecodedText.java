package dev.skillpack.core.parse.internal;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.TextFile;
import java.util.Optional;

/**
 * The result of decoding a file's bytes.
 *
 * @param file the text (with replacement characters where bytes were invalid)
 * @param binary whether the bytes look binary (NUL bytes, or not UTF-8)
 * @param decoded whether {@code file} holds the file's content; false when the encoding is not
 *                UTF-8 at all (UTF-16) and the text is left empty
 * @param problem the encoding problem, if the bytes were not valid UTF-8
 */
public record DecodedText(TextFile file, boolean binary, boolean decoded, Optional<ParseProblem> problem) {
}
