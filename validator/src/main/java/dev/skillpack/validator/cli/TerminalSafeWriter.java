package dev.skillpack.validator.cli;

import dev.skillpack.core.text.UntrustedText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last guard between the CLI and a terminal: every command's output goes through it. Untrusted text
 * is escaped where it is printed; this writer catches what slips past. It passes line feeds, tabs, a
 * carriage return directly before a line feed and the colour sequences the text report writes
 * ({@code ESC [ digits ; m}), and the home and clear-screen sequences of {@code validate --watch}
 * ({@code ESC [ H}, {@code ESC [ 2 J}), and the progress line's start-of-line and clear-line
 * ({@code ESC [ 1 G}, {@code ESC [ 2 K}); every other C0 or C1 control character, DEL and every other escape
 * sequence is written as a visible &#92;u001b-style escape.
 */
final class TerminalSafeWriter extends FilterWriter {
    private static final int MAX_SGR = 16;

    /** An escape sequence or a carriage return waiting for the characters that decide what it is. */
    private final StringBuilder pending = new StringBuilder();

    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    /**
     * @param writer a writer
     * @return a print writer over it that escapes control characters (the writer itself when it does already)
     */
    static PrintWriter wrap(PrintWriter writer) {
        if (writer instanceof Guarded) {
            return writer;
        }
        return new Guarded(new TerminalSafeWriter(writer));
    }

    /** Marks a print writer that already guards its output. */
    private static final class Guarded extends PrintWriter {
        Guarded(Writer out) {
            super(out, true);
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            accept((char) c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                accept(buf[i]);
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                accept(str.charAt(i));
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            // nothing that follows can complete a sequence we cannot see yet
            drainEscaped();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private void accept(char c) throws IOException {
        if (!pending.isEmpty()) {
            char first = pending.charAt(0);
            if (first == '\r') {
                pending.setLength(0);
                if (c == '\n') {
                    out.write("\r\n");
                    return;
                }
                out.write(UntrustedText.escapeOf('\r'));
            } else {
                // ESC seen
                if (pending.length() == 1 ? c == '[' : (c >= '0' && c <= '9') || c == ';') {
                    pending.append(c);
                    if (pending.length() > MAX_SGR) {
                        drainEscaped();
                    }
                    return;
                }
                if (c == 'm' && pending.length() >= 2 || redraw(pending, c)) {
                    out.write(pending.toString());
                    out.write(c);
                    pending.setLength(0);
                    return;
                }
                drainEscaped();
            }
        }
        if (c == '\r' || c == 0x1b) {
            pending.append(c);
        } else if (c == '\n' || c == '\t' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
            out.write(c);
        } else {
            out.write(UntrustedText.escapeOf(c));
        }
    }

    /**
     * {@code ESC [ H} and {@code ESC [ 2 J}: home and clear, which {@code validate --watch} redraws with;
     * {@code ESC [ 1 G} and {@code ESC [ 2 K}: start of line and clear line, which the progress line uses.
     */
    private static boolean redraw(StringBuilder sequence, char last) {
        String params = sequence.substring(1);
        return last == 'H' && params.equals("[") || last == 'J' && params.equals("[2")
                || last == 'G' && params.equals("[1") || last == 'K' && params.equals("[2");
    }

    private void drainEscaped() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        out.write(UntrustedText.escapeOf(pending.charAt(0)));
        out.write(pending.substring(1));
        pending.setLength(0);
    }
}
