package dev.corpus.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside quotation marks in a paragraph: “curly”, "straight", «guillemets», „German“,
 * ‘single’ (inside others or alone). An apostrophe ("Cuba’s", "countries’ objectives") is no mark: a
 * single closing mark must not be followed by a letter, and an opening one must not follow a letter.
 */
final class QuotationMarks {
    /** The chars that can open a quote ({@link #closerFor} is 0 for every other char). */
    private static final String OPENERS = "\"'\u201c\u201e\u00ab\u2018";

    private QuotationMarks() {}

    /**
     * A quoted span: {@code open} is the index of the opening mark, {@code close} of the closing one, or
     * the paragraph's length when the quote runs on into the next paragraph.
     */
    record Quoted(int open, int close, boolean closed) {
        int contentStart() {
            return open + 1;
        }
    }

    static List<Quoted> find(String t) {
        List<Quoted> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        // Where the search for a single mark's closer last failed: whether a char closes one does not depend
        // on where the quote opened, so a later opening mark of the same kind has no closer either. Without
        // this a line of unclosed ‘ marks is searched to its end once per mark.
        int noCurlyCloseAfter = Integer.MAX_VALUE;
        int noStraightCloseAfter = Integer.MAX_VALUE;
        Openers openers = new Openers(t);
        while (i < n) {
            // most chars are no mark at all: the next one that may open a quote is looked up, not walked to
            i = openers.next(i);
            if (i < 0) {
                break;
            }
            char c = t.charAt(i);
            char closer = closerFor(t, i);
            if (closer == 0) {
                i++;
                continue;
            }
            boolean curly = c == '\u2018';
            int end = isSingle(c) && i >= (curly ? noCurlyCloseAfter : noStraightCloseAfter)
                    ? -1
                    : findClose(t, i + 1, c, closer);
            if (end < 0) {
                // Unclosed double quote: a quote running on into the next paragraph.
                if (!isSingle(c)) {
                    out.add(new Quoted(i, n, false));
                    return out;
                }
                if (curly) {
                    noCurlyCloseAfter = Math.min(noCurlyCloseAfter, i);
                } else {
                    noStraightCloseAfter = Math.min(noStraightCloseAfter, i);
                }
                i++;
                continue;
            }
            out.add(new Quoted(i, end, true));
            i = end + 1;
        }
        return out;
    }

    /** The closing mark that matches an opening mark at {@code i}, or 0 if {@code i} opens no quote. */
    private static char closerFor(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '\u201c' -> '\u201d'; // “ ”
            case '\u201e' -> '\u201c'; // „ “
            case '\u00ab' -> '\u00bb'; // « »
            case '"' -> afterLetter(t, i) ? 0 : '"';
            case '\u2018' -> afterLetter(t, i) ? 0 : '\u2019'; // ‘ ’
            case '\'' -> afterLetter(t, i) || i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1)) ? 0 : '\'';
            default -> 0;
        };
    }

    /** Asked only of a mark: every char of the paragraph passes {@link #closerFor}. */
    private static boolean afterLetter(String t, int i) {
        return i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
    }

    /**
     * Where the quote opened by {@code open} closes, from {@code from}: at its {@code closer}, or at the other
     * kind of double mark after a double one ("“…\"", "\"…”"); -1 when it does not.
     */
    private static int findClose(String t, int from, char open, char closer) {
        char other = open == '\u201c' ? '"' : open == '"' ? '\u201d' : 0;
        for (int j = from; j < t.length(); j++) {
            j = other == 0 ? t.indexOf(closer, j) : firstOf(t, closer, other, j);
            if (j < 0) {
                return -1;
            }
            if (isSingle(open)) {
                boolean letterAfter = j + 1 < t.length() && Character.isLetter(t.charAt(j + 1));
                boolean spaceBefore = j > 0 && Character.isWhitespace(t.charAt(j - 1));
                if (letterAfter || spaceBefore) {
                    continue; // an apostrophe: "Cuba’s", "’90s"
                }
            }
            return j;
        }
        return -1;
    }

    /** Where {@code a} or {@code b} first stands in {@code t} from {@code from}, or -1. */
    private static int firstOf(String t, char a, char b, int from) {
        int i = t.indexOf(a, from);
        int j = t.indexOf(b, from);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /**
     * Where each of {@link #OPENERS} next stands in a text, looked up with {@link String#indexOf(int, int)}
     * (which reads many chars a step) and again only once passed: the opening marks of a paragraph are found
     * without testing each of its chars.
     */
    private static final class Openers {
        private static final int UNKNOWN = -2;

        private final String text;
        private final int[] next = new int[OPENERS.length()];

        Openers(String text) {
            this.text = text;
            java.util.Arrays.fill(next, UNKNOWN);
        }

        /** The first char at or after {@code from} that may open a quote, or -1. */
        int next(int from) {
            int first = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = text.indexOf(OPENERS.charAt(k), from);
                }
                if (next[k] >= 0 && (first < 0 || next[k] < first)) {
                    first = next[k];
                }
            }
            return first;
        }
    }

    private static boolean isSingle(char c) {
        return c == '\u2018' || c == '\'';
    }

    static boolean isOpeningMark(char c) {
        return c == '\u201c' || c == '"' || c == '\u201e' || c == '\u00ab' || c == '\u2018' || c == '\'';
    }
}
