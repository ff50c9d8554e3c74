package dev.corpus.clean;

import dev.corpus.load.TextBlocks;
import dev.corpus.load.TextNormalizer;

/**
 * Makes the {@link Boilerplate#key} of one block text after another in a reused buffer, with its 64-bit
 * {@link CorpusProfile#hash}: the pre-pass and the cleaner key every block, and a caller that only needs the
 * hash makes no string. Used by one thread.
 */
final class KeyBuffer {
    /**
     * {@link #lowerLetter} of each char below the CJK radicals, as {@code Words}' table: a table read instead of
     * range tests on the hottest loop, and instead of the Unicode look-up (a call several deep) for the
     * punctuation, quotes and dashes of most text and the accented letters of many languages.
     */
    private static final char[] LOWER_LETTERS = lowerLetters('\u2E80');

    /** In {@link #FAST}: a char that needs the full rules. No letter lower-cases to it (a noncharacter). */
    private static final char OTHER = '\uFFFF';
    /**
     * What the key makes of each char of {@link #LOWER_LETTERS}' range outside brackets when it is a letter (its
     * lower case), an apostrophe (kept as {@code '}, as a letter is: most of the chars the loop would otherwise
     * leave for the rules, one in 150 of news text) or a plain word break (0: punctuation, digits, spaces);
     * {@link #OTHER} for the chars with rules of their own (brackets, hyphens, the chars normalizing removes,
     * line breaks).
     */
    private static final char[] FAST = fastChars(LOWER_LETTERS);

    /** The key last made, from index 0. */
    private char[] chars = new char[0];
    /** A string's chars, copied out to be read as an array (see {@link #hash(String)}). */
    private char[] source = new char[0];

    private int length;
    /** How many words the key last made has: its spaces, one between each two words, and one. */
    private int words;
    /** Where the last {@link #rewriteLine} stopped. */
    private int end;

    /** Makes the key of {@code text} and returns its hash. */
    long hash(String text) {
        if (source.length < text.length()) {
            source = new char[Math.max(text.length(), 2 * source.length)];
        }
        // reading an array is cheaper than charAt
        text.getChars(0, text.length(), source, 0);
        return rewrite(source, 0, text.length());
    }

    /** As {@link #hash(String)} of the text whose chars are {@code text}, read without a String's decoding. */
    long hash(char[] text) {
        return rewrite(text, 0, text.length);
    }

    /** The length of the key last made. */
    int length() {
        return length;
    }

    /**
     * How many words the key last made has, counted as it was made: a caller that asks how long a key is in
     * words (see {@link Boilerplate#reason}) need not scan it.
     */
    int words() {
        return words;
    }

    /** The key last made. */
    String key() {
        return new String(chars, 0, length);
    }

    /** Where the last {@link #rewriteLine} stopped: the index of the line break, or its limit. */
    int end() {
        return end;
    }

    /**
     * Makes the {@link Boilerplate#key(String)} of {@code text[from, to)} in the buffer (see {@link #key}), and
     * returns its hash; {@link #length} is the key's length. The text is only read.
     */
    long rewrite(char[] text, int from, int to) {
        return rewrite(text, from, to, false);
    }

    /**
     * As {@link #rewrite} of {@code text[from, end)}, where {@link #end} is the first {@link
     * TextBlocks#isLineBreak line break} from {@code from} or else {@code limit}: the line's end found in the
     * same loop as its key (see {@link TextBlocks#forEachBlock(char[], int, TextBlocks.LineReader)}).
     */
    long rewriteLine(char[] text, int from, int limit) {
        return rewrite(text, from, limit, true);
    }

    /**
     * The key is written into its own buffer, not over the text it reads: written in place, at or just before
     * the char read next, each store held up the next char's load (about 9% of the time on the generated
     * texts' lines).
     */
    private long rewrite(char[] text, int from, int to, boolean line) {
        if (chars.length < to - from) {
            // a key is never longer than its text (a space stands for at least one dropped char)
            chars = new char[Math.max(to - from, 2 * chars.length)];
        }
        char[] key = chars;
        int n = 0; // where the next key char goes
        int depth = 0;
        int space = 0; // 1 when a word break is due before the next key char
        int spaces = 0; // the breaks written
        int i = from;
        while (i < to) {
            if (depth == 0) {
                if (n == 0) {
                    // The plain breaks before the key's first char are skipped, as no break is due there: in the
                    // loop below the key has begun, and whether a break is due depends on the char before only.
                    while (i < to && text[i] < FAST.length && FAST[text[i]] == 0) {
                        i++;
                    }
                }
                // A run of letters (apostrophes too, see FAST) and plain word breaks outside brackets, most
                // chars, in a loop of its own
                // without a branch on which: a branch per word boundary is mispredicted at about every word.
                // Both chars are written at n, and n moves on past those the key keeps; n <= i - from, and
                // n < i - from when a break is due. Only n is carried from char to char (one add), where a
                // break due after a break char once the key had begun (n > 0) chained six steps through n.
                for (; i < to; i++) {
                    char fast = text[i] < FAST.length ? FAST[text[i]] : OTHER;
                    if (fast == OTHER) {
                        break;
                    }
                    int letter = (fast | -fast) >>> 31;
                    int put = space & letter;
                    key[n] = ' ';
                    spaces += put;
                    key[n + put] = fast;
                    n += put + letter;
                    // after a letter no break is due; after a break char one is (the key has begun: n > 0,
                    // or this char is a letter, as the breaks before the first are skipped)
                    space = 1 - letter;
                }
                if (i == to) {
                    break;
                }
            }
            // a char with rules of its own, or any char inside brackets
            char c = text[i];
            if (line && TextBlocks.isLineBreak(c)) {
                break;
            }
            i++;
            char lower = lowerLetter(c);
            if (lower != 0 && depth == 0) {
                if (space != 0) {
                    key[n++] = ' ';
                    spaces++;
                    space = 0;
                }
                key[n++] = lower;
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
                    || (c == '-' && n > 0 && space == 0 && Character.isLetter(key[n - 1]));
            if (!keep) {
                // A removed char is no word break: "a\u200Bb" normalizes to "ab". (An emoji joiner, which
                // normalizing keeps, stands between two emoji, which are word breaks anyway.)
                if (n > 0 && !isRemoved(c)) {
                    space = 1;
                }
                continue;
            }
            if (space != 0) {
                key[n++] = ' ';
                spaces++;
                space = 0;
            }
            key[n++] = lower != 0 ? lower : c == '\u2019' ? '\'' : c;
        }
        length = n;
        words = n == 0 ? 0 : spaces + 1;
        end = i;
        // hashed once the key is made, in a loop of its own without the rules' branches (see CorpusProfile.hash)
        return CorpusProfile.hash(key, 0, n);
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

    private static char[] fastChars(char[] lowerLetters) {
        char[] fast = new char[lowerLetters.length];
        for (int c = 0; c < fast.length; c++) {
            boolean own = "[]()-".indexOf(c) >= 0 || isRemoved((char) c) || TextBlocks.isLineBreak((char) c);
            boolean apostrophe = c == '\'' || c == '\u2019';
            fast[c] = lowerLetters[c] != 0 ? lowerLetters[c] : apostrophe ? '\'' : own ? OTHER : 0;
        }
        return fast;
    }

    private static char[] lowerLetters(int end) {
        char[] lower = new char[end];
        for (int c = 0; c < end; c++) {
            lower[c] = plainLowerLetter((char) c);
        }
        return lower;
    }
}
