package dev.corpus.clean;

/**
 * A few chars to test one char against, as {@code chars.indexOf(c) >= 0} of a short string: the ASCII ones as
 * bits, the others compared in turn. The features test the first or last char of every block against such
 * sets, and {@link String#indexOf(int)} costs a call chain and a vector search's set-up each time, more so in
 * a set with a non-Latin-1 char.
 */
final class CharSet {
    /** Bit {@code c} for the ASCII chars below 64, bit {@code c - 64} for the others. */
    private final long low;

    private final long high;
    private final char[] others;

    private CharSet(long low, long high, char[] others) {
        this.low = low;
        this.high = high;
        this.others = others;
    }

    static CharSet of(String chars) {
        long low = 0;
        long high = 0;
        StringBuilder others = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            } else {
                others.append(c);
            }
        }
        return new CharSet(low, high, others.toString().toCharArray());
    }

    boolean contains(char c) {
        if (c < 64) {
            return (low >>> c & 1) != 0;
        }
        if (c < 128) {
            return (high >>> (c - 64) & 1) != 0;
        }
        for (char o : others) {
            if (o == c) {
                return true;
            }
        }
        return false;
    }
}
