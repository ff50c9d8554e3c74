package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Words;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link QuoteExtractor#words(String, int)}, which counts a text's opening first, against the whole count. */
class QuoteWordsTest {
    /** Words, spaces, the joiners ('-.’) between and after letters, digits, CJK and other spaces. */
    private static final String ALPHABET = "ab A1 .-'\u2019,\u00e9\u4e2d\u3000\t\u00a0 ";

    @Test
    void randomTextsCountAsTheirWholeCountCapped() {
        Random random = new Random(20261124);
        for (int n = 0; n < 20_000; n++) {
            String text = RandomText.of(random, ALPHABET, 160);
            for (int cap = 1; cap <= 10; cap++) {
                assertEquals(Math.min(Words.count(text), cap), QuoteExtractor.words(text, cap), text + " / " + cap);
            }
        }
    }

    @Test
    void proseCountsAsItsWholeCountCapped() {
        for (String text : List.of(
                "",
                "Yes.",
                "the U.S. government's well-known policy, he said, would not change before 2030",
                "a                                                                  b c d e f g h i j",
                "... -- ... -- ... -- ... -- ... -- ... -- ... -- ... -- ... -- ... -- ... -- ... end",
                "\u4e2d\u56fd\u653f\u5e9c\u8868\u793a\uff0c\u5c06\u7ee7\u7eed\u63a8\u8fdb\u6539\u9769")) {
            for (int cap = 1; cap <= 10; cap++) {
                assertEquals(Math.min(Words.count(text), cap), QuoteExtractor.words(text, cap), text + " / " + cap);
            }
        }
    }
}
