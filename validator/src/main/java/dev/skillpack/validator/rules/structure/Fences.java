package dev.skillpack.validator.rules.structure;

import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.SourceSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Positions on a fenced code block's opening line. */
final class Fences {
    private static final Pattern OPENING = Pattern.compile("(`{3,}|~{3,})[ \\t]*(\\S*)");

    private Fences() {
    }

    /**
     * @param doc the document
     * @param code a fenced block of it
     * @return offset just after the opening fence characters
     */
    static int afterFence(MarkdownDocument doc, CodeExample code) {
        LineMap lines = doc.file().lines();
        int line = code.span().lineIndex();
        Matcher m = OPENING.matcher(lines.lineText(line));
        int start = lines.lineStart(line);
        return m.find() ? start + m.end(1) : code.span().offset();
    }

    /**
     * @param doc the document
     * @param code a fenced block of it
     * @return the fence characters of the opening line
     */
    static SourceSpan fenceSpan(MarkdownDocument doc, CodeExample code) {
        LineMap lines = doc.file().lines();
        int line = code.span().lineIndex();
        Matcher m = OPENING.matcher(lines.lineText(line));
        int start = lines.lineStart(line);
        return m.find() ? lines.span(start + m.start(1), m.end(1) - m.start(1)) : lines.lineSpan(line);
    }

    /**
     * @param doc the document
     * @param code a fenced block of it
     * @return the language word of the opening line (the fence when there is none)
     */
    static SourceSpan languageSpan(MarkdownDocument doc, CodeExample code) {
        LineMap lines = doc.file().lines();
        int line = code.span().lineIndex();
        Matcher m = OPENING.matcher(lines.lineText(line));
        int start = lines.lineStart(line);
        if (m.find() && !m.group(2).isEmpty()) {
            return lines.span(start + m.start(2), m.end(2) - m.start(2));
        }
        return fenceSpan(doc, code);
    }
}
