package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SP404: C0 and C1 control characters other than tab and line breaks, DEL, ANSI escape sequences and
 * carriage returns that do not end a line. Printed to a terminal they clear the screen, move the cursor,
 * retitle the window, write the clipboard or overwrite the start of a line, so what a person sees in
 * {@code cat} or a CI log is not what the file says.
 */
public final class ControlCharacterRule extends CodePointRunRule {
    private static final RuleMeta META = RuleMeta.of("SP404", "control-characters", Category.SECURITY,
            Severity.ERROR, "A text file holds control characters or ANSI escape sequences that change what a "
                    + "terminal shows.");
    private static final int ESC = 0x1B;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    boolean flagged(String text, int index, int cp, RuleContext context) {
        if (cp == '\r') {
            // a carriage return that ends a line is a line ending; one inside a line overwrites it on a terminal
            return index + 1 < text.length() && text.charAt(index + 1) != '\n' && text.indexOf('\n') >= 0;
        }
        return cp < 0x20 && cp != '\t' && cp != '\n' || cp >= 0x7F && cp <= 0x9F;
    }

    @Override
    boolean wholeLine() {
        return true;
    }

    @Override
    void report(SkillText file, int start, int end, RuleContext context) {
        String text = file.text();
        List<String> items = new ArrayList<>();
        int count = 0;
        for (int i = start; i < end; ) {
            char c = text.charAt(i);
            if (!(flagged(text, i, c, context))) {
                i++;
                continue;
            }
            count++;
            if (c == ESC && i + 1 < text.length() && (text.charAt(i + 1) == '[' || text.charAt(i + 1) == ']')) {
                int seqEnd = sequenceEnd(text, i);
                items.add("ANSI escape sequence " + escaped(text.substring(i, seqEnd)) + " (" + effect(text, i, seqEnd)
                        + ")");
                i = seqEnd;
            } else if (c == '\r') {
                items.add("a carriage return inside the line (\\r, the terminal prints what follows over the line's "
                        + "start)");
                i++;
            } else {
                items.add(CodePoints.describe(c) + " (" + (c == 0x08 ? "erases the character before it"
                        : c == 0x07 ? "rings the bell" : c == 0x1B ? "starts an escape sequence" : "a control character")
                        + ")");
                i++;
            }
        }
        String listed = String.join(", ", items.subList(0, Math.min(3, items.size())))
                + (items.size() > 3 ? " and " + (items.size() - 3) + " more" : "");
        context.report(file.lines().span(start, end - start), String.format("%s: printed to a terminal %s, so what "
                + "people see differs from the file; delete %s", listed, count == 1 ? "it changes the display"
                : "they change the display", count == 1 ? "it" : "them"));
    }

    /** End of an escape sequence: CSI parameters up to a final byte, OSC up to BEL or ST, capped at 64 chars. */
    private static int sequenceEnd(String text, int start) {
        int limit = Math.min(text.length(), start + 64);
        if (text.charAt(start + 1) == '[') {
            for (int i = start + 2; i < limit; i++) {
                char c = text.charAt(i);
                if (c >= 0x40 && c <= 0x7E) {
                    return i + 1;
                }
                if (c < 0x20 || c > 0x3F) {
                    return i;
                }
            }
            return limit;
        }
        for (int i = start + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0x07) {
                return i + 1;
            }
            if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            if (c == '\n') {
                return i;
            }
        }
        return limit;
    }

    private static String effect(String text, int start, int end) {
        String body = text.substring(start + 2, end);
        if (text.charAt(start + 1) == ']') {
            String code = body.contains(";") ? body.substring(0, body.indexOf(';')) : body;
            return switch (code) {
                case "0", "1", "2" -> "sets the terminal's window title";
                case "8" -> "writes a hyperlink whose target is hidden";
                case "52" -> "writes the clipboard";
                default -> "sends a command to the terminal";
            };
        }
        char last = body.isEmpty() ? ' ' : body.charAt(body.length() - 1);
        return switch (last) {
            case 'J' -> "erases the screen";
            case 'K' -> "erases the line";
            case 'H', 'f', 'A', 'B', 'C', 'D', 'G', 'd' -> "moves the cursor";
            case 'm' -> java.util.Arrays.asList(body.substring(0, body.length() - 1).split(";")).contains("8")
                    ? "makes the text after it invisible" : "changes the text colour or style";
            default -> "controls the terminal";
        };
    }

    /** @return the text with every control character written as {@code \xNN} or {@code \\uNNNN} */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESC) {
                out.append("\\e");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else if (c >= 0x7F) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
