package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.Block;
import dev.corpus.nlp.Words;
import dev.corpus.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordBoundsTest {
    private static final String[] PIECES = {
        "Minister",
        "ISTANBUL",
        "İstanbul",
        "don't",
        "U.S.",
        "Díaz-Canel",
        "東京都",
        "서울시는",
        "12,5",
        "\n",
        "\n\n",
        " ",
        ", ",
        "—",
        "\u2019",
        "Share this",
        "© 2024"
    };

    /** The bounds the cleaner hands on are those a fresh scan of each block gives. */
    @Test
    void cleanedPageWordsAreEachBlocksWords() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            String text = RandomText.ofPieces(random, PIECES, 200);
            CleanedPage page = CleanerTest.clean(text);
            WordBounds words = page.words();
            for (int i = 0; i < page.decisions().size(); i++) {
                Block block = page.decisions().get(i).block();
                int[] expected = Words.bounds(block.text());
                assertEquals(expected.length / 2, words.count(i), block.text());
                for (int k = 0; k < expected.length / 2; k++) {
                    assertEquals(expected[2 * k], words.start(i, k), block.text());
                    assertEquals(expected[2 * k + 1], words.end(i, k), block.text());
                }
            }
        }
    }
}
