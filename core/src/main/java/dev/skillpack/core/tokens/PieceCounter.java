package dev.skillpack.core.tokens;

import com.knuddels.jtokkit.api.Encoding;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact o200k_base counts that do the expensive part of tokenizing, the byte-pair merges, once per distinct
 * piece instead of once per occurrence. The encoder splits a text into pieces with its pattern and encodes
 * each piece on its own, so a text's count is the sum of its pieces' counts; words, identifiers and
 * indentation repeat throughout a pack, so most pieces are seen before.
 *
 * <p>The pieces come from {@link O200kSplitter}, the encoder's pattern written out by hand (walked by
 * {@link O200kPieces}). Each piece is counted
 * by the encoder itself, as the whole text of a count: its pattern splits a piece
 * that stands alone into that same one piece (the only alternative that looks past its match is the
 * whitespace one, and at the end of the text it takes the whole run), so the sum equals the count of the
 * whole text; TokenCounterTest checks it on real skills. A piece of one ASCII character, or an ASCII piece
 * found in the vocabulary's ASCII table, is one token without asking the encoder. Thread-safe; memory is
 * bounded (short pieces only, a fixed number of them).
 */
final class PieceCounter {
    /** Longer pieces (long identifiers, base64) rarely repeat, so they are counted without remembering. */
    private static final int LONGEST_REMEMBERED = 40;
    /** At most this many distinct pieces are remembered (a few megabytes). */
    private static final int MOST_REMEMBERED = 50_000;

    private final Encoding encoding;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    PieceCounter(Encoding encoding) {
        this.encoding = encoding;
    }

    /**
     * @param text any text
     * @return its exact o200k_base count, as {@code encoding.countTokensOrdinary(text)}
     */
    int count(String text) {
        AsciiTokenTable ascii = TokenBound.o200kAscii();
        int total = 0;
        O200kPieces pieces = new O200kPieces(text);
        while (pieces.next()) {
            char[] chars = pieces.chars();
            int start = pieces.start();
            int end = pieces.end();
            if (end - start == 1 && chars[start] < 0x80 || ascii.isToken(chars, start, end)) {
                total++;
            } else {
                total += countPiece(new String(chars, start, end - start));
            }
        }
        return total;
    }

    private int countPiece(String piece) {
        if (piece.length() > LONGEST_REMEMBERED) {
            return encoding.countTokensOrdinary(piece);
        }
        Integer known = counts.get(piece);
        if (known != null) {
            return known;
        }
        int tokens = encoding.countTokensOrdinary(piece);
        if (counts.size() < MOST_REMEMBERED) {
            counts.putIfAbsent(piece, tokens);
        }
        return tokens;
    }
}
