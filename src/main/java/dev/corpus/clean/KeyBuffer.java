package dev.corpus.clean;

import dev.corpus.load.TextNormalizer;

/**
 * Makes the {@link Boilerplate#key} of one block text after another in a reused buffer, with its 64-bit
 * {@link CorpusProfile#hash}: the pre-pass and the cleaner key every block, and a caller that only needs the
 * hash makes no string. The hash is taken as each key char is written, in the same pass. Used by one thread.
 */
final class KeyBuffer {
    /**
     * {@link #lowerLetter} of each char below the CJK radicals, as {@code Words}' table: a table read instead of
     * range tests on the hottest loop, and instead of the Unicode look-up (a call several deep) for the
     * punctuation, quotes and dashes of most text and the accented letters of many languages.
     */
    private static final char[] LOWER_LETTERS = lowerLetters('\u2E80');

    private char[] chars = new char[0];
    private int length;

    /** Makes the key of {@code text} and returns its hash. */
    long hash(String text) {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        // The text is copied into the buffer and rewritten in place: reading an array is cheaper than charAt.
        text.getChars(0, text.length(), chars, 0);
        return rewrite(chars, 0, text.length());
    }

    /** The length of the key last made. */
    int length() {
        return length;
    }

    /** The key last made by {@link #hash}. */
    String key() {
        return new String(chars, 0, length);
    }

    /**
     * Rewrites {@code text[from, to)} so that it starts with its {@link Boilerplate#key(String)}, and returns
     * the key's hash; {@link #length} is the key's length. In place, as the key never runs ahead of the text
     * read (a space stands for at least one dropped char).
     */
    long rewrite(char[] text, int from, int to) {
        long h = CorpusProfile.FNV_OFFSET;
        int n = from; // where the next key char goes
        int depth = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            char lower = lowerLetter(c);
            // the common case, a letter outside brackets, without the tests for the others
            if (lower != 0 && depth == 0) {
                if (space) {
                    text[n++] = ' ';
                    h = CorpusProfile.hashStep(h, ' ');
                    space = false;
                }
                text[n++] = lower;
                h = CorpusProfile.hashStep(h, lower);
                continue;
            }
            // most chars are letters, which are no brackets: only the others are tested for one
            if (lower == 0) {
                if (c == '[' || c == '(') {
                    depth++;
                    continue;
                }
                if ((c == ']' || c == ')') && depth > 0) {
                    depth--;
                    continue;
                }
            }
            if (depth > 0) {
                continue;
            }
            boolean keep = lower != 0
                    || c == '\''
                    || c == '\u2019'
                    || (c == '-' && n > from && !space && Character.isLetter(text[n - 1]));
            if (!keep) {
                // A removed char is no word break: "a\u200Bb" normalizes to "ab". (An emoji joiner, which
                // normalizing keeps, stands between two emoji, which are word breaks anyway.)
                space |= n > from && !isRemoved(c);
                continue;
            }
            if (space) {
                text[n++] = ' ';
                h = CorpusProfile.hashStep(h, ' ');
                space = false;
            }
            char k = lower != 0 ? lower : c == '\u2019' ? '\'' : c;
            text[n++] = k;
            h = CorpusProfile.hashStep(h, k);
        }
        length = n - from;
        return h;
    }

    /** {@link TextNormalizer#isRemoved}, with printable ASCII and the space, most of the chars here, first. */
    private static boolean isRemoved(char c) {
        return (c < ' ' || c >= 0x7F) && TextNormalizer.isRemoved(c);
    }

    /** The lower case of a letter, 0 for any other char. */
    private static char lowerLetter(char c) {
        if (c < LOWER_LETTERS.length) {
            return LOWER_LETTERS[c];
        }
        return plainLowerLetter(c);
    }

    private static char plainLowerLetter(char c) {
        return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    }

    private static char[] lowerLetters(int end) {
        char[] lower = new char[end];
        for (int c = 0; c < end; c++) {
            lower[c] = plainLowerLetter((char) c);
        }
        return lower;
    }
}
