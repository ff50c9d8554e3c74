package dev.corpus.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s with char offsets: words (letters and digits with inner apostrophes,
 * hyphens, periods and ampersands: "Díaz-Canel", "AT&T"), dotted abbreviations with their last period
 * ("U.S."), the possessive "'s" as a token of its own, and every other non-space char as one token.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                int w = Character.charCount(text.codePointAt(i));
                out.add(new Token(text.substring(i, i + w), i, i + w));
                i += w;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, i))) {
                i++;
            }
            // "U.S." / "D.P.R.K.": single letters joined by periods keep their final period.
            if (i < n && text.charAt(i) == '.' && isDotted(text, start, i)) {
                i++;
            }
            int end = i;
            int poss = possessive(text, start, end);
            if (poss > start) {
                out.add(new Token(text.substring(start, poss), start, poss));
                out.add(new Token(text.substring(poss, end), poss, end));
            } else {
                out.add(new Token(text.substring(start, end), start, end));
            }
        }
        return out;
    }

    private static boolean isInner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.' || c == '&';
        return joiner
                && i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isDotted(String text, int start, int end) {
        // letters alternate with periods: X.Y (then the period at end)
        if ((end - start) % 2 != 1 || end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = text.charAt(k);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Start of a trailing "'s" / "’s" (or "s'" is left alone), or -1. */
    private static int possessive(String text, int start, int end) {
        if (end - start > 2) {
            char a = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) {
                return end - 2;
            }
        }
        return -1;
    }
}
