package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Stopwords;
import dev.corpus.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** BlockWords' branch-free counts against the plain tests of each word. */
class BlockWordsTest {
    private static final String[] PIECES = {
        "The ", "the ", "In ", "in ", "Of ", "Und ", "und ", "Der ", "Ferry ", "ferry ", "AND ", "Ü ", "Él ", "él ",
        "İn ", "ΣΑΣ ", "東京 ", "12 ", "x ", "X ", "Über ", "\u2160 ", "\uD835\uDC00 ", ", ", ". ", "de ", "De ", "La "
    };

    @Test
    void theCountsAreThoseOfEachWordTestedInTurn() {
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            BlockWords words = BlockWords.of(RandomText.ofPieces(random, PIECES, 12));
            for (String lang : Stopwords.LANGUAGES) {
                int bit = Stopwords.bit(lang);
                int stopwords = 0;
                int capitalized = 0;
                for (int k = 0; k < words.count(); k++) {
                    boolean stopword = words.stopword(k, bit);
                    stopwords += stopword ? 1 : 0;
                    if (k > 0 && words.capitalized(k) && !(words.length(k) <= 3 && stopword)) {
                        capitalized++;
                    }
                }
                assertEquals(stopwords, words.stopwords(bit), lang);
                assertEquals(capitalized, words.capitalizedAfterFirst(bit), lang);
            }
        }
    }
}
