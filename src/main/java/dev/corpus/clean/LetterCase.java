package dev.corpus.clean;

/**
 * {@link Character#isUpperCase(char)} and {@link Character#isLowerCase(char)} of every char, made once: the
 * features test them at every char of many blocks, and the Unicode look-up behind them is several calls deep.
 */
final class LetterCase {
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    private static final byte[] CASES = cases();

    private LetterCase() {}

    private static byte[] cases() {
        byte[] cases = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int kind = Character.isUpperCase((char) c) ? UPPER : 0;
            cases[c] = (byte) (kind | (Character.isLowerCase((char) c) ? LOWER : 0));
        }
        return cases;
    }

    static boolean upper(char c) {
        return (CASES[c] & UPPER) != 0;
    }

    static boolean lower(char c) {
        return (CASES[c] & LOWER) != 0;
    }
}
