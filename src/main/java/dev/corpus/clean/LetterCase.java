package dev.corpus.clean;

/**
 * {@link Character#isUpperCase(char)} and {@link Character#isLowerCase(char)} of every char, made once: the
 * features test them at every char of many blocks, and the Unicode look-up behind them is several calls deep.
 */
final class LetterCase {
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    // Below the CJK radicals, as Words' table: nearly every char of most news text. Making all 65,536 took
    // about 6 ms of a one-file run's start-up; a char above the table is looked up directly.
    private static final byte[] CASES = cases('\u2E80');

    private LetterCase() {}

    private static byte[] cases(int end) {
        byte[] cases = new byte[end];
        for (int c = 0; c < end; c++) {
            int kind = Character.isUpperCase((char) c) ? UPPER : 0;
            cases[c] = (byte) (kind | (Character.isLowerCase((char) c) ? LOWER : 0));
        }
        return cases;
    }

    static boolean upper(char c) {
        return c < CASES.length ? (CASES[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** 1 for an upper-case char, 0 for any other: {@link #upper} for a caller that adds it up. */
    static int upperBit(char c) {
        return c < CASES.length ? CASES[c] & UPPER : Character.isUpperCase(c) ? 1 : 0;
    }

    static boolean lower(char c) {
        return c < CASES.length ? (CASES[c] & LOWER) != 0 : Character.isLowerCase(c);
    }
}
