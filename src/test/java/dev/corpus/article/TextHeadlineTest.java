package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Words;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextHeadlineTest {
    @Test
    void unitsAreContentWordStemsAndCjkPairs() {
        assertEquals(
                List.of("minis", "resig", "after", "vote"),
                TextHeadline.units("The Minister resigned after a vote on it"));
        assertEquals(List.of("東京", "京都"), TextHeadline.units("東京都"));
    }

    /** The body's opening is read from word bounds; it must give what the words themselves give. */
    @Test
    void unitsFromBoundsMatchUnitsFromWords() {
        String[] pieces = {
            "Minister",
            "ISTANBUL",
            "İstanbul",
            "Straße",
            "don't",
            "U.S.",
            "Díaz-Canel",
            "東京都",
            "서울시는",
            "ab",
            "abcd",
            "ab12",
            "12345678",
            "ÉLYSÉE",
            "Σοφία",
            "x",
            "  ",
            ", ",
            "—",
            "\u2019",
            "ǅemal"
        };
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            assertEquals(TextHeadline.units(Words.of(text)), TextHeadline.units(text), text);
        }
    }
}
