package dev.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Splits text into words: runs of letters and digits, with inner apostrophes, hyphens and periods. */
public final class Words {
    private static final char CJK_FROM = '\u2E80';
    /** The script test for every BMP char from {@link #CJK_FROM}, made once: the script lookup is slow. */
    private static final java.util.BitSet CJK = cjkChars();

    private Words() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        scan(text, text.toCharArray(), text.length(), out, null);
        return out;
    }

    /** How many words {@link #of} gives, without making them. */
    public static int count(String text) {
        return scan(text, text.toCharArray(), text.length(), null, null);
    }

    /**
     * Where the words of {@link #of} are, without making them: word k is {@code text.substring(b[2k],
     * b[2k + 1])} of the returned {@code b}, whose length is twice the word count.
     */
    public static int[] bounds(String text) {
        return bounds(text.toCharArray(), text.length());
    }

    /** As {@link #bounds(String)} of the text {@code chars[0, length)}, for a caller that has its chars. */
    public static int[] bounds(char[] chars, int length) {
        return bounds(chars, length, new int[length + 1]);
    }

    /**
     * As {@link #bounds(char[], int)}, with {@code scratch} (at least {@code length + 1} ints, overwritten) for
     * the bounds while they are found: a caller that splits many texts reuses one.
     */
    public static int[] bounds(char[] chars, int length, int[] scratch) {
        int size = edges(chars, length, scratch);
        if (size < 0) {
            Bounds out = new Bounds(length);
            scan(null, chars, length, null, out);
            return java.util.Arrays.copyOf(out.at, out.size);
        }
        return java.util.Arrays.copyOf(scratch, size);
    }

    /**
     * The bounds of the words of {@code chars[0, n)} into {@code out}, and how many there are; -1 when the text
     * has a CJK char (each a word of its own, which {@link #scan} handles). Without CJK a word is a maximal run
     * of chars that are in a word: a letter or digit, or a joiner between two. So the bounds are where that
     * changes, and the loop writes the index at every char and moves on only at a change: no branch per word,
     * which the CPU would mispredict at about every word boundary.
     */
    private static int edges(char[] chars, int n, int[] out) {
        int m = 0;
        int seen = 0;
        int before = 0; // the kind of the char before, 0 at the start
        int wasIn = 0;
        int kind = n > 0 ? kind(chars[0]) : 0;
        // the last char, which has none after it, is taken after the loop: no test per char for the end
        int last = n - 1;
        for (int i = 0; i < last; i++) {
            int after = kind(chars[i + 1]);
            // a letter or digit, or a joiner with one on either side (LETTER_OR_DIGIT is bit 0, JOINER bit 2)
            int in = (kind | ((kind & JOINER) >> 2 & before & after)) & LETTER_OR_DIGIT;
            out[m] = i;
            m += in ^ wasIn;
            seen |= kind;
            wasIn = in;
            before = kind;
            kind = after;
        }
        if (n > 0) {
            // as the loop's body with nothing after: a joiner ends no word
            int in = kind & LETTER_OR_DIGIT;
            out[m] = last;
            m += in ^ wasIn;
            seen |= kind;
            wasIn = in;
        }
        out[m] = n;
        m += wasIn;
        return (seen & CJK_CHAR) != 0 ? -1 : m;
    }

    private static final class Bounds {
        int[] at;
        int size;

        Bounds(int textLength) {
            // room for a word per four chars, more than prose has, so that a block's bounds rarely grow
            at = new int[textLength / 2 + 8];
        }

        void add(int start, int end) {
            if (size + 2 > at.length) {
                at = java.util.Arrays.copyOf(at, at.length * 2);
            }
            at[size++] = start;
            at[size++] = end;
        }
    }

    /*
     * What the scan asks of a char, one table read instead of the Unicode look-ups (Character.isLetterOrDigit
     * and the script of every char, each a call the JIT does not inline here).
     */
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte CJK_CHAR = 2;
    private static final byte JOINER = 4;
    /*
     * The table covers the chars below the CJK radicals (Latin, Greek, Cyrillic, Arabic, Indic scripts, general
     * punctuation): nearly every char of most news text. A char above it is looked up directly. Making the
     * table for all 65,536 chars took about 10 ms of a one-file run's start-up.
     */
    private static final byte[] KINDS = kinds(CJK_FROM);

    private static byte[] kinds(int end) {
        byte[] kinds = new byte[end];
        for (int c = 0; c < end; c++) {
            kinds[c] = (byte) kindOf((char) c);
        }
        return kinds;
    }

    private static int kind(char c) {
        return c < KINDS.length ? KINDS[c] : kindOf(c);
    }

    private static int kindOf(char c) {
        int kind = Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0;
        kind |= isCjk(c) ? CJK_CHAR : 0;
        return kind | (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.' ? JOINER : 0);
    }

    /**
     * Counts the words of {@code chars[0, n)}, and adds them to {@code out} (substrings of {@code text}, the
     * same chars) and their bounds to {@code bounds} when given.
     */
    private static int scan(
            @Nullable String text, char[] chars, int n, @Nullable List<String> out, @Nullable Bounds bounds) {
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && (kind(chars[i]) & LETTER_OR_DIGIT) == 0) {
                i++;
            }
            int start = i;
            if (i < n && (kind(chars[i]) & CJK_CHAR) != 0) {
                // Chinese and Japanese are written without spaces: each character counts as a word.
                i++;
            } else {
                while (i < n && inWord(kind(chars[i]), chars, n, i)) {
                    i++;
                }
            }
            if (i > start) {
                count++;
                if (out != null && text != null) {
                    out.add(text.substring(start, i));
                }
                if (bounds != null) {
                    bounds.add(start, i);
                }
            }
        }
        return count;
    }

    /**
     * Whether the char at {@code i}, of the given kind, continues a word: a letter or digit but CJK, or an
     * apostrophe, hyphen or period between two letters or digits (don't, Díaz-Canel, U.S). Small enough for
     * the JIT to inline into the scan; the joiner test, rarely reached, is a call.
     */
    private static boolean inWord(int kind, char[] chars, int n, int i) {
        return (kind & (LETTER_OR_DIGIT | CJK_CHAR)) == LETTER_OR_DIGIT
                || ((kind & JOINER) != 0 && innerJoiner(chars, n, i));
    }

    private static boolean innerJoiner(char[] chars, int n, int i) {
        return i > 0
                && i + 1 < n
                && (kind(chars[i - 1]) & LETTER_OR_DIGIT) != 0
                && (kind(chars[i + 1]) & LETTER_OR_DIGIT) != 0;
    }

    /** Han ideographs and kana (the BMP blocks; rarer supplementary ideographs count as letters). */
    public static boolean isCjk(char c) {
        if (c < CJK_FROM) {
            return false; // below the first CJK radical: skips the script lookup for Latin, Cyrillic...
        }
        return CJK.get(c - CJK_FROM);
    }

    private static java.util.BitSet cjkChars() {
        java.util.BitSet cjk = new java.util.BitSet(Character.MAX_VALUE + 1 - CJK_FROM);
        for (int c = CJK_FROM; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                cjk.set(c - CJK_FROM);
            }
        }
        return cjk;
    }

    /** Whether the word starts with an upper-case letter. */
    public static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
