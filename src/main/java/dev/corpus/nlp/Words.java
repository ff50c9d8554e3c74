package dev.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Splits text into words: runs of letters and digits, with inner apostrophes, hyphens and periods. */
public final class Words {
    private Words() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        scan(text, out, null);
        return out;
    }

    /** How many words {@link #of} gives, without making them. */
    public static int count(String text) {
        return scan(text, null, null);
    }

    /**
     * Where the words of {@link #of} are, without making them: word k is {@code text.substring(b[2k],
     * b[2k + 1])} of the returned {@code b}, whose length is twice the word count.
     */
    public static int[] bounds(String text) {
        Bounds out = new Bounds();
        scan(text, null, out);
        return java.util.Arrays.copyOf(out.at, out.size);
    }

    private static final class Bounds {
        int[] at = new int[32];
        int size;

        void add(int start, int end) {
            if (size + 2 > at.length) {
                at = java.util.Arrays.copyOf(at, at.length * 2);
            }
            at[size++] = start;
            at[size++] = end;
        }
    }

    /** Counts the words, and adds them to {@code out} and their bounds to {@code bounds} when given. */
    private static int scan(String text, @Nullable List<String> out, @Nullable Bounds bounds) {
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !letterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            if (i < n && isCjk(text.charAt(i))) {
                // Chinese and Japanese are written without spaces: each character counts as a word.
                count++;
                if (out != null) {
                    out.add(text.substring(i, i + 1));
                }
                if (bounds != null) {
                    bounds.add(i, i + 1);
                }
                i++;
                continue;
            }
            while (i < n && (letterOrDigit(text.charAt(i)) || isInner(text, i)) && !isCjk(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                count++;
                if (out != null) {
                    out.add(text.substring(start, i));
                }
                if (bounds != null) {
                    bounds.add(start, i);
                }
            }
        }
        return count;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without the Unicode tables. */
    private static boolean letterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** An apostrophe, hyphen or period between two letters or digits belongs to the word (don't, Díaz-Canel, U.S). */
    private static boolean isInner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.';
        return joiner
                && i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Han ideographs and kana (the BMP blocks; rarer supplementary ideographs count as letters). */
    public static boolean isCjk(char c) {
        if (c < CJK_FROM) {
            return false; // below the first CJK radical: skips the script lookup for Latin, Cyrillic...
        }
        return CJK.get(c - CJK_FROM);
    }

    private static final char CJK_FROM = '\u2E80';
    /** The script test for every BMP char from {@link #CJK_FROM}, made once: the script lookup is slow. */
    private static final java.util.BitSet CJK = cjkChars();

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
