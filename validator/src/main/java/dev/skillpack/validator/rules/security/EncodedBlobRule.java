package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP413: a long base64, base64url or hex run in a text file, random enough to be encoded data rather
 * than words, paths or filler. Payloads are encoded to get past review ("decode this and run it"). Data
 * URIs ({@code data:image/png;base64,…}), subresource-integrity and digest pins ({@code sha384-…},
 * {@code sha256:…}) pass; hex that decodes to readable text is reported whatever its entropy.
 */
public final class EncodedBlobRule implements Rule {
    private static final OptionKey<Integer> MIN_LENGTH = OptionKey.integer("min-length", 120,
            "shortest run of base64 or hex characters considered");
    private static final OptionKey<Double> ENTROPY_THRESHOLD = OptionKey.number("entropy-threshold", 4.5,
            "bits per character a base64 run needs (random base64 measures about 5.8)");
    private static final OptionKey<Double> HEX_ENTROPY_THRESHOLD = OptionKey.number("hex-entropy-threshold", 3.4,
            "bits per character a hex run needs (random hex measures about 3.9)");
    private static final RuleMeta META = RuleMeta.of("SP413", "encoded-blob", Category.SECURITY, Severity.WARNING,
            "A text file holds a long base64 or hex blob that may hide a payload from review.",
            MIN_LENGTH, ENTROPY_THRESHOLD, HEX_ENTROPY_THRESHOLD);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Runs on files over the analysis limit too (one pass over the characters of each file): a file must not hide a payload by its size. */
    @Override
    public boolean scansOversizedFiles() {
        return true;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int min = Math.max(16, context.options().get(MIN_LENGTH));
        double b64 = context.options().get(ENTROPY_THRESHOLD);
        double hex = context.options().get(HEX_ENTROPY_THRESHOLD);
        for (SkillText file : SkillText.of(skill)) {
            String text = file.text();
            if (text.length() < min) {
                continue;
            }
            scan(file, text, min, b64, hex, context);
        }
    }

    /** Characters copied from the text at a time. */
    private static final int WINDOW = 8192;
    /** For each ASCII character, whether base64, base64url or hex uses it. */
    private static final boolean[] BASE64 = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            BASE64[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=' || c == '-' || c == '_';
        }
    }

    private static boolean hexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static void scan(SkillText file, String text, int min, double b64, double hexGate, RuleContext context) {
        runs(text, min, (start, end) -> candidate(file, text, start, end, min, b64, hexGate, context));
    }

    /** Where {@link #runs} found a run. */
    @FunctionalInterface
    interface Runs {
        /**
         * @param start offset of the run's first character
         * @param end offset just after its last
         */
        void found(int start, int end);
    }

    /**
     * Finds the maximal runs of base64, base64url and hex characters of at least {@code min} characters. The text
     * is read through a window of copied characters: under the quick JIT tier a {@code charAt} per character of a
     * long file costs more than the test.
     *
     * @param text the text
     * @param min the shortest run passed on
     * @param out where runs go, in text order
     */
    static void runs(String text, int min, Runs out) {
        int n = text.length();
        char[] window = new char[Math.min(n, WINDOW)];
        int runStart = -1;
        for (int windowStart = 0; windowStart < n; windowStart += WINDOW) {
            int count = Math.min(n - windowStart, WINDOW);
            text.getChars(windowStart, windowStart + count, window, 0);
            for (int j = 0; j < count; j++) {
                char c = window[j];
                if (c < 128 && BASE64[c]) {
                    if (runStart < 0) {
                        runStart = windowStart + j;
                    }
                } else if (runStart >= 0) {
                    if (windowStart + j - runStart >= min) {
                        out.found(runStart, windowStart + j);
                    }
                    runStart = -1;
                }
            }
        }
        if (runStart >= 0 && n - runStart >= min) {
            out.found(runStart, n);
        }
    }

    private static void candidate(SkillText file, String text, int start, int end, int min, double b64, double hexGate,
                                  RuleContext context) {
        String run = text.substring(start, end);
        if (run.chars().noneMatch(Character::isDigit) || exempt(text, start)) {
            return;
        }
        boolean slash = run.indexOf('/') >= 0 || run.indexOf('+') >= 0;
        boolean url = run.indexOf('-') >= 0 || run.indexOf('_') >= 0;
        if (slash && url) {
            // no decoder accepts both alphabets: a path or URL, not a blob
            return;
        }
        if (run.chars().allMatch(c -> hexDigit((char) c))) {
            double bits = Entropy.bits(run, 0, run.length());
            boolean text7 = printableHex(run);
            if (bits >= hexGate || text7) {
                report(file, start, end, "hex", bits, text7, context);
            }
            return;
        }
        double bits = Entropy.bits(run, 0, run.length());
        if (bits >= b64) {
            report(file, start, end, url ? "base64url" : "base64", bits, false, context);
        }
    }

    private static boolean exempt(String text, int start) {
        int from = Math.max(0, start - 40);
        String before = text.substring(from, start).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*data:[a-z0-9.+/-]{1,40};base64,\\s*$") || before.matches("(?s).*sha(?:256|384|512)[-:]\\s*$")
                || before.matches("(?s).*integrity=[\"']?\\s*$");
    }

    private static boolean printableHex(String run) {
        if (run.length() % 2 != 0) {
            return false;
        }
        int printable = 0;
        for (int i = 0; i + 1 < run.length(); i += 2) {
            int b = Integer.parseInt(run.substring(i, i + 2), 16);
            if (b >= 0x20 && b < 0x7F || b == '\n' || b == '\t') {
                printable++;
            }
        }
        return printable >= run.length() / 2 * 0.9;
    }

    private static void report(SkillText file, int start, int end, String kind, double bits, boolean text, RuleContext context) {
        context.report(file.lines().span(start, end - start), String.format(java.util.Locale.ROOT, "%d-character %s "
                + "blob (%.1f bits per character%s); nobody reviews encoded data, which is how payloads get past "
                + "review: decode it in a sandbox and ship what it holds as a readable file, or remove it",
                end - start, kind, bits, text ? ", decodes to readable text" : ""));
    }
}
