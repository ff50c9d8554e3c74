package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link QuotationMarks#find}, which looks the marks up with indexOf, against the plain char-by-char walk. */
class QuotationMarksFastPathTest {
    /** Marks of every kind (openers, closers, apostrophes), letters, spaces and a Latin-1 letter. */
    private static final String ALPHABET = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019ab A1 .,\u00e9";

    @Test
    void randomTextsHaveTheMarksThePlainWalkFinds() {
        Random random = new Random(20261123);
        for (int n = 0; n < 50_000; n++) {
            String text = RandomText.of(random, ALPHABET, 40);
            assertEquals(plainFind(text), QuotationMarks.find(text), text);
        }
    }

    @Test
    void proseHasTheMarksThePlainWalkFinds() {
        for (String text : List.of(
                "",
                "\u201cWe will go,\u201d she said, \u201cand stay.\u201d",
                "Cuba\u2019s \u2018big\u2019 year, the \u201990s and \u2018unclosed",
                "He said \"yes\u201d and \u201cno\" and \u201eja\u201c \u00abnon\u00bb 'quoted' it's",
                "\u201cruns on into the next paragraph")) {
            assertEquals(plainFind(text), QuotationMarks.find(text), text);
        }
    }

    // The walk QuotationMarks.find did before, kept as the reference.

    private static List<QuotationMarks.Quoted> plainFind(String t) {
        List<QuotationMarks.Quoted> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        int noCurlyCloseAfter = Integer.MAX_VALUE;
        int noStraightCloseAfter = Integer.MAX_VALUE;
        while (i < n) {
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
                if (!isSingle(c)) {
                    out.add(new QuotationMarks.Quoted(i, n, false));
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
            out.add(new QuotationMarks.Quoted(i, end, true));
            i = end + 1;
        }
        return out;
    }

    private static char closerFor(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '\u201c' -> '\u201d';
            case '\u201e' -> '\u201c';
            case '\u00ab' -> '\u00bb';
            case '"' -> afterLetter(t, i) ? 0 : '"';
            case '\u2018' -> afterLetter(t, i) ? 0 : '\u2019';
            case '\'' -> afterLetter(t, i) || i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1)) ? 0 : '\'';
            default -> 0;
        };
    }

    private static boolean afterLetter(String t, int i) {
        return i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
    }

    private static int findClose(String t, int from, char open, char closer) {
        for (int j = from; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c != closer && !(open == '\u201c' && c == '"') && !(open == '"' && c == '\u201d')) {
                continue;
            }
            if (isSingle(open)) {
                boolean letterAfter = j + 1 < t.length() && Character.isLetter(t.charAt(j + 1));
                boolean spaceBefore = j > 0 && Character.isWhitespace(t.charAt(j - 1));
                if (letterAfter || spaceBefore) {
                    continue;
                }
            }
            return j;
        }
        return -1;
    }

    private static boolean isSingle(char c) {
        return c == '\u2018' || c == '\'';
    }
}
