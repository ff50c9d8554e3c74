package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
    /** The plain reading of the rules, char by char with the Unicode look-ups, that the table scan replaces. */
    private static List<int[]> plainBounds(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            if (i < n && Words.isCjk(text.charAt(i))) {
                out.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i)) || plainInner(text, i))
                    && !Words.isCjk(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static boolean plainInner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.';
        return joiner
                && i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void check(String text) {
        List<int[]> plain = plainBounds(text);
        int[] flat = new int[plain.size() * 2];
        List<String> words = new ArrayList<>();
        for (int k = 0; k < plain.size(); k++) {
            flat[2 * k] = plain.get(k)[0];
            flat[2 * k + 1] = plain.get(k)[1];
            words.add(text.substring(plain.get(k)[0], plain.get(k)[1]));
        }
        assertArrayEquals(flat, Words.bounds(text), text);
        assertArrayEquals(flat, Words.bounds((text + "tail").toCharArray(), text.length()), text);
        // a reused scratch holds the bounds of earlier texts
        int[] dirty = new int[text.length() + 3];
        java.util.Arrays.fill(dirty, 7);
        assertArrayEquals(flat, Words.bounds(text.toCharArray(), text.length(), dirty), text);
        assertEquals(words, Words.of(text), text);
        assertEquals(words.size(), Words.count(text), text);
    }

    @Test
    void craftedTextsSplitAsThePlainRulesSplitThem() {
        for (String text : List.of(
                "",
                " ",
                "don't",
                "Díaz-Canel in the U.S. said: 'no'.",
                "a-b -c d- .e f. g.h",
                "東京は大きい都市です。Tokyo 2024",
                "ＡＢＣ１２３ full-width",
                "x\u2019s \u2010y\u2010z 〇 々 ー",
                "emoji \uD83D\uDE00 and \uD835\uDC00 math",
                "lone \uD800 surrogate \uDC00",
                "a" + "b".repeat(5000),
                "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 a b c d e f g h i j k l m n")) {
            check(text);
        }
    }

    /** Texts without CJK, whose bounds come from the branch-free edge scan rather than the word loop. */
    @Test
    void randomTextsWithoutCjkSplitAsThePlainRulesSplitThem() {
        String alphabet = "abcXYZ0189 .,'-\u2019\u2010\t\néÄßжЖ\u00A0\u2028!?()\uD83D\uDE00\uD800\u0663";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            check(randomText(random, alphabet, 0));
        }
    }

    @Test
    void randomTextsSplitAsThePlainRulesSplitThem() {
        String alphabet = "abcXYZ0189 .,'-\u2019\u2010\t\néÄßжЖ東ひカ〇々ー\u00A0\u2028!?()\uD83D\uDE00\uD800";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            check(randomText(random, alphabet, 10));
        }
    }

    /**
     * Up to 59 chars of {@code alphabet}; with {@code anyCharOneIn} above 0, about one char in that many is any
     * char at all instead.
     */
    private static String randomText(Random random, String alphabet, int anyCharOneIn) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            b.append(
                    anyCharOneIn > 0 && random.nextInt(anyCharOneIn) == 0
                            ? (char) random.nextInt(Character.MAX_VALUE + 1)
                            : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
