package dev.skillpack.validator.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A path glob as written in {@code .skillpack.yaml}, matched against relative paths with forward
 * slashes. {@code *} and {@code ?} stay within one path segment, {@code **} crosses segments
 * ({@code **}{@code /} also matches no folder at all), {@code [abc]}, {@code [a-z]}, {@code [!abc]} and
 * {@code {a,b}} work as in shells, and a glob that matches a folder matches everything inside it.
 * Immutable and thread-safe.
 *
 * <p>Matching runs a compiled automaton over the path once, keeping the set of states it can be in,
 * so it takes time proportional to the path length times the glob length whatever the glob is: a
 * glob such as {@code *a*a*a*a*b} cannot make it backtrack (anyone who can edit the configuration in
 * a pull request could otherwise stall a CI job).
 */
public final class Glob {
    private final String text;
    private final Automaton automaton;

    private Glob(String text, Automaton automaton) {
        this.text = text;
        this.automaton = automaton;
    }

    /**
     * @param glob the glob text; a leading {@code ./} or {@code /} is ignored
     * @return the compiled glob
     * @throws IllegalArgumentException with a message for a person when the glob is malformed
     */
    public static Glob compile(String glob) {
        Objects.requireNonNull(glob, "glob");
        String body = glob.strip();
        while (body.startsWith("./")) {
            body = body.substring(2);
        }
        while (body.startsWith("/")) {
            body = body.substring(1);
        }
        while (body.length() > 1 && body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        return new Glob(glob, new Compiler(body).compile());
    }

    /**
     * @param relativePath a relative path with forward slashes
     * @return whether the glob matches the path or one of the folders containing it
     */
    public boolean matches(String relativePath) {
        String path = relativePath;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return automaton.matchesPathOrFolder(path);
    }

    @Override
    public String toString() {
        return text;
    }

    /** What a state of the automaton does with the next character. */
    private enum Kind {
        /** one given character */
        CHAR,
        /** any character but {@code /} */
        SEGMENT_CHAR,
        /** any character */
        ANY_CHAR,
        /** a character of a bracket set (never {@code /}) */
        SET,
        /** consumes nothing; continues to each of {@code outs} */
        SPLIT,
        /** the glob has matched */
        ACCEPT
    }

    /**
     * One state. {@code outs} is the single next state of a consuming state, or the branches of a split;
     * a set is a list of inclusive ranges {@code [from, to, from, to, ...]}.
     */
    private static final class State {
        final Kind kind;
        final char c;
        final char[] ranges;
        final boolean negated;
        int[] outs;

        State(Kind kind, char c, char[] ranges, boolean negated, int[] outs) {
            this.kind = kind;
            this.c = c;
            this.ranges = ranges;
            this.negated = negated;
            this.outs = outs;
        }

        boolean consumes(char ch) {
            return switch (kind) {
                case CHAR -> ch == c;
                case SEGMENT_CHAR -> ch != '/';
                case ANY_CHAR -> true;
                case SET -> ch != '/' && inSet(ch) != negated;
                case SPLIT, ACCEPT -> false;
            };
        }

        private boolean inSet(char ch) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (ch >= ranges[i] && ch <= ranges[i + 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A Thompson automaton, simulated with state sets; never backtracks. */
    private static final class Automaton {
        private final State[] states;
        private final int start;

        Automaton(List<State> states, int start) {
            this.states = states.toArray(new State[0]);
            this.start = start;
        }

        boolean matchesPathOrFolder(String path) {
            int n = states.length;
            int[] current = new int[n];
            int[] next = new int[n];
            int[] mark = new int[n];
            int[] stack = new int[n];
            int generation = 1;
            int size = closure(start, current, 0, mark, generation, stack);
            for (int i = 0; i < path.length(); i++) {
                char ch = path.charAt(i);
                if (ch == '/' && i > 0 && accepts(current, size)) {
                    // the glob matches a folder holding the path
                    return true;
                }
                generation++;
                int nextSize = 0;
                for (int k = 0; k < size; k++) {
                    State s = states[current[k]];
                    if (s.consumes(ch)) {
                        nextSize = closure(s.outs[0], next, nextSize, mark, generation, stack);
                    }
                }
                if (nextSize == 0) {
                    return false;
                }
                int[] swap = current;
                current = next;
                next = swap;
                size = nextSize;
            }
            return accepts(current, size);
        }

        private boolean accepts(int[] set, int size) {
            for (int k = 0; k < size; k++) {
                if (states[set[k]].kind == Kind.ACCEPT) {
                    return true;
                }
            }
            return false;
        }

        /** Adds {@code from} and every state reachable from it without consuming to {@code set}. */
        private int closure(int from, int[] set, int size, int[] mark, int generation, int[] stack) {
            int top = 0;
            if (mark[from] != generation) {
                mark[from] = generation;
                stack[top++] = from;
            }
            while (top > 0) {
                int id = stack[--top];
                State s = states[id];
                if (s.kind == Kind.SPLIT) {
                    for (int out : s.outs) {
                        if (mark[out] != generation) {
                            mark[out] = generation;
                            stack[top++] = out;
                        }
                    }
                } else {
                    set[size++] = id;
                }
            }
            return size;
        }
    }

    /**
     * Parses the glob into a tree of alternatives and sequences, then builds the automaton from the end
     * backwards: each piece is compiled knowing the state that follows it.
     */
    private static final class Compiler {
        private final String glob;
        private final List<State> states = new ArrayList<>();
        private int pos;

        Compiler(String glob) {
            this.glob = glob;
        }

        Automaton compile() {
            int accept = add(new State(Kind.ACCEPT, '\0', null, false, new int[0]));
            List<Piece> sequence = sequence(0);
            if (pos < glob.length()) {
                throw new IllegalArgumentException("unmatched '}' in glob '" + glob + "'");
            }
            return new Automaton(states, build(sequence, accept));
        }

        private int add(State state) {
            states.add(state);
            return states.size() - 1;
        }

        /** A piece of a glob. */
        private sealed interface Piece permits Literal, Segment, Any, FolderStar, SegmentStar, Bracket, Alternatives {
        }

        private record Literal(char c) implements Piece {
        }

        /** {@code ?} */
        private record Segment() implements Piece {
        }

        /** {@code **} not followed by a slash at a segment start: anything, slashes included */
        private record Any() implements Piece {
        }

        /** {@code **}{@code /} at a segment start: no folder, or any folders */
        private record FolderStar() implements Piece {
        }

        /** {@code *} */
        private record SegmentStar() implements Piece {
        }

        private record Bracket(char[] ranges, boolean negated) implements Piece {
        }

        private record Alternatives(List<List<Piece>> options) implements Piece {
        }

        /** Reads pieces up to the end, or up to a ',' or '}' closing the braces at {@code depth}. */
        private List<Piece> sequence(int depth) {
            List<Piece> pieces = new ArrayList<>();
            while (pos < glob.length()) {
                char c = glob.charAt(pos);
                if (depth > 0 && (c == ',' || c == '}')) {
                    return pieces;
                }
                if (depth == 0 && c == '}') {
                    return pieces;
                }
                pos++;
                switch (c) {
                    case '*' -> {
                        if (pos < glob.length() && glob.charAt(pos) == '*') {
                            boolean slashAfter = pos + 1 < glob.length() && glob.charAt(pos + 1) == '/';
                            boolean atSegmentStart = pos - 1 == 0 || glob.charAt(pos - 2) == '/';
                            if (slashAfter && atSegmentStart) {
                                pieces.add(new FolderStar());
                                pos += 2;
                            } else {
                                pieces.add(new Any());
                                pos += 1;
                            }
                        } else {
                            pieces.add(new SegmentStar());
                        }
                    }
                    case '?' -> pieces.add(new Segment());
                    case '[' -> pieces.add(bracket());
                    case '{' -> pieces.add(alternatives(depth + 1));
                    case '\\' -> {
                        if (pos < glob.length()) {
                            pieces.add(new Literal(glob.charAt(pos++)));
                        }
                    }
                    default -> pieces.add(new Literal(c));
                }
            }
            return pieces;
        }

        private Piece alternatives(int depth) {
            List<List<Piece>> options = new ArrayList<>();
            while (true) {
                options.add(sequence(depth));
                if (pos >= glob.length()) {
                    throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
                }
                char c = glob.charAt(pos++);
                if (c == '}') {
                    return new Alternatives(options);
                }
            }
        }

        private Piece bracket() {
            // as in shells, a ']' right after '[' (or '[!') is a member, not the end
            int open = pos - 1;
            int close = glob.indexOf(']', open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in glob '" + glob + "'");
            }
            String set = glob.substring(open + 1, close);
            pos = close + 1;
            boolean negated = set.startsWith("!") || set.startsWith("^");
            if (negated) {
                set = set.substring(1);
            }
            char[] ranges = new char[set.length() * 2];
            int n = 0;
            for (int i = 0; i < set.length(); i++) {
                char from = set.charAt(i);
                char to = from;
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    to = set.charAt(i + 2);
                    i += 2;
                    if (to < from) {
                        throw new IllegalArgumentException("range '" + from + "-" + to + "' is backwards in glob '"
                                + glob + "'");
                    }
                }
                ranges[n++] = from;
                ranges[n++] = to;
            }
            return new Bracket(Arrays.copyOf(ranges, n), negated);
        }

        private int build(List<Piece> sequence, int next) {
            int state = next;
            for (int i = sequence.size() - 1; i >= 0; i--) {
                state = build(sequence.get(i), state);
            }
            return state;
        }

        private int build(Piece piece, int next) {
            if (piece instanceof Literal l) {
                return add(new State(Kind.CHAR, l.c(), null, false, new int[] {next}));
            }
            if (piece instanceof Segment) {
                return add(new State(Kind.SEGMENT_CHAR, '\0', null, false, new int[] {next}));
            }
            if (piece instanceof Bracket b) {
                return add(new State(Kind.SET, '\0', b.ranges(), b.negated(), new int[] {next}));
            }
            if (piece instanceof SegmentStar) {
                return loop(Kind.SEGMENT_CHAR, next);
            }
            if (piece instanceof Any) {
                return loop(Kind.ANY_CHAR, next);
            }
            if (piece instanceof FolderStar) {
                // (anything then '/')?, then next
                int slash = add(new State(Kind.CHAR, '/', null, false, new int[] {next}));
                int folders = loop(Kind.ANY_CHAR, slash);
                return add(new State(Kind.SPLIT, '\0', null, false, new int[] {next, folders}));
            }
            Alternatives a = (Alternatives) piece;
            int[] starts = new int[a.options().size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = build(a.options().get(i), next);
            }
            return add(new State(Kind.SPLIT, '\0', null, false, starts));
        }

        /** Zero or more characters of a kind, then {@code next}. */
        private int loop(Kind kind, int next) {
            int split = add(new State(Kind.SPLIT, '\0', null, false, null));
            int consume = add(new State(kind, '\0', null, false, new int[] {split}));
            states.get(split).outs = new int[] {consume, next};
            return split;
        }
    }
}
