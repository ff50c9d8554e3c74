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

    /*
     * The key being made: where its next char goes, its bracket depth, 1 when a word break is due before its
     * next char, and the breaks written. Fields, so that the loops of a block and of a line share the rules.
     */
    private int n;
    private int depth;
    private int space;
    private int spaces;

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
        begin(to - from);
        int i = from;
        while (i < to) {
            if (depth == 0) {
                i = run(text, i, to);
                if (i == to) {
                    break;
                }
            }
            rule(text[i++]);
        }
        return finish(i);
    }

    /**
     * As {@link #rewrite} of {@code text[from, end)}, where {@link #end} is the first {@link
     * TextBlocks#isLineBreak line break} from {@code from} or else {@code limit}: the line's end found in the
     * same loop as its key (see {@link TextBlocks#forEachBlock(char[], int, TextBlocks.LineReader)}).
     *
     * <p>A loop of its own, not {@link #rewrite}'s with a flag: with one method for both, compiled for the
     * branches of both callers, the main pass keyed its blocks at 2.9-3.4 ns a char once the pre-pass had keyed
     * lines, against 2.5 with two, and the pre-pass too was slower (35 against 28 us a generated text).
     */
    long rewriteLine(char[] text, int from, int limit) {
        begin(limit - from);
        int i = from;
        while (i < limit) {
            if (depth == 0) {
                i = run(text, i, limit);
                if (i == limit) {
                    break;
                }
            }
            if (TextBlocks.isLineBreak(text[i])) {
                break;
            }
            rule(text[i++]);
        }
        return finish(i);
    }

    /** Starts a key of a text of {@code size} chars. */
    private void begin(int size) {
        if (chars.length < size) {
            // a key is never longer than its text (a space stands for at least one dropped char)
            chars = new char[Math.max(size, 2 * chars.length)];
        }
        n = 0;
        depth = 0;
        space = 0;
        spaces = 0;
    }

    /** Ends the key made, whose text ends at {@code i}, and returns its hash. */
    private long finish(int i) {
        length = n;
        words = n == 0 ? 0 : spaces + 1;
        end = i;
        // hashed once the key is made, in a loop of its own without the rules' branches (see CorpusProfile.hash)
        return CorpusProfile.hash(chars, 0, n);
    }

    /**
     * The key of a run of letters (apostrophes too, see {@link #FAST}) and plain word breaks outside brackets
     * from {@code text[i]}: most chars, in a loop of their own without a branch on which, as a branch per word
     * boundary is mispredicted at about every word. Returns where the run ends: {@code to}, or a char with rules
     * of its own (see {@link #rule}).
     *
     * <p>The key is written into its own buffer, not over the text it reads: written in place, at or just before
     * the char read next, each store held up the next char's load (about 9% of the time on the generated texts'
     * lines).
     */
    private int run(char[] text, int from, int to) {
        char[] key = chars;
        int i = from;
        int n = this.n;
        int space = this.space;
        int spaces = this.spaces;
        if (n == 0) {
            // The plain breaks before the key's first char are skipped, as no break is due there: in the loop
            // below the key has begun, and whether a break is due depends on the char before only.
            while (i < to && text[i] < FAST.length && FAST[text[i]] == 0) {
                i++;
            }
        }
        // Both chars are written at n, and n moves on past those the key keeps; n <= i - from, and n < i - from
        // when a break is due. Only n is carried from char to char (one add), where a break due after a break
        // char once the key had begun (n > 0) chained six steps through n.
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
            // after a letter no break is due; after a break char one is (the key has begun: n > 0, or this
            // char is a letter, as the breaks before the first are skipped)
            space = 1 - letter;
        }
        this.n = n;
        this.space = space;
        this.spaces = spaces;
        return i;
    }

    /** Adds a char with rules of its own, or any char inside brackets, to the key. */
    private void rule(char c) {
        char[] key = chars;
        char lower = lowerLetter(c);
        if (lower != 0 && depth == 0) {
            put(lower);
            return;
        }
        // most chars are letters, which are no brackets: only the others are tested for one
        if (lower == 0) {
            if (c == '[' || c == '(') {
                depth++;
                return;
            }
            if ((c == ']' || c == ')') && depth > 0) {
                depth--;
                return;
            }
        }
        if (depth > 0) {
            return;
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
            return;
        }
        put(lower != 0 ? lower : c == '\u2019' ? '\'' : c);
    }

    /** Appends a key char, after the word break due before it. */
    private void put(char c) {
        if (space != 0) {
            chars[n++] = ' ';
            spaces++;
            space = 0;
        }
        chars[n++] = c;
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
