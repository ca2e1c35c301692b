package dev.skillpack.core.parse.internal;

import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.TextFile;
import java.util.Optional;

/** Decodes file bytes as strict UTF-8, recording where and why decoding failed. */
public final class TextDecoder {
    private static final int BINARY_SNIFF_BYTES = 8000;

    private TextDecoder() {
    }

    /**
     * @param bytes the file's bytes
     * @param path display path
     * @param relativePath skill-relative path
     * @return the decoded text and any problem
     */
    public static DecodedText decode(Bytes bytes, String path, String relativePath) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(TextFile.of(path, relativePath, "", false, bytes.length()), true, false, Optional.of(
                    new ParseProblem(ProblemCode.ENCODING, "file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                            + "save it as UTF-8", SourceSpan.wholeFile(path))));
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int start = bom ? 3 : 0;
        boolean nul = false;
        for (int i = start; i < Math.min(bytes.length(), BINARY_SNIFF_BYTES); i++) {
            if (bytes.at(i) == 0) {
                nul = true;
                break;
            }
        }
        // the text is made once: the strict decode checks the bytes as it goes. Only bytes that are not well-formed
        // are decoded again, replacing each malformed sequence by U+FFFD, and checked for where they go wrong
        Optional<String> wellFormed = bytes.decodeWellFormedUtf8(start, bytes.length());
        String text = wellFormed.orElseGet(() -> bytes.decodeUtf8(start, bytes.length()));
        int bad = wellFormed.isPresent() ? -1 : bytes.firstMalformedUtf8(start);
        if (bad < 0) {
            return new DecodedText(TextFile.of(path, relativePath, text, bom, bytes.length()), nul, true,
                    Optional.empty());
        }
        TextFile file = TextFile.of(path, relativePath, text, bom, bytes.length());
        int line = 0;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes.at(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = bytes.decodeUtf8(lineStart, bad).length();
        int offset = file.lines().lineStart(Math.min(line, file.lines().lineCount() - 1)) + column;
        SourceSpan span = file.lines().span(offset, 1);
        ParseProblem problem = new ParseProblem(ProblemCode.ENCODING, String.format(
                "file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; save the file as UTF-8",
                bytes.at(bad) & 0xFF, bad), span);
        return new DecodedText(file, true, true, Optional.of(problem));
    }

    private static boolean startsWith(Bytes bytes, int... prefix) {
        if (bytes.length() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.at(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
