package dev.skillpack.validator.rules.security;

/** Shannon entropy of strings, to tell random keys and payloads from words and filler. */
final class Entropy {
    private Entropy() {
    }

    /**
     * @param text any text
     * @param start first offset
     * @param end end offset (exclusive)
     * @return bits per character
     */
    static double bits(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0) {
            return 0;
        }
        int[] counts = new int[128];
        java.util.Map<Character, Integer> other = null;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                if (other == null) {
                    other = new java.util.HashMap<>();
                }
                other.merge(c, 1, Integer::sum);
            }
        }
        double bits = 0;
        for (int n : counts) {
            if (n > 0) {
                double p = (double) n / length;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other != null) {
            for (int n : other.values()) {
                double p = (double) n / length;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }

    /**
     * Entropy scaled so short strings compare with long ones: below 16 characters the ceiling log2(n) is
     * lifted to the 16-character ceiling of 4 bits.
     *
     * @param text a value
     * @return adjusted bits per character
     */
    static double adjusted(String text) {
        double raw = bits(text, 0, text.length());
        if (text.length() < 2 || text.length() >= 16) {
            return raw;
        }
        return raw * 4 / (Math.log(text.length()) / Math.log(2));
    }
}
