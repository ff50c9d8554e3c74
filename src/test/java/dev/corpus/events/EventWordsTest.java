package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventWordsTest {
    @Test
    void standInsAreTheWordsOfTheSet() {
        for (String w : EventWords.STAND_INS) {
            assertTrue(EventWords.standIn(w), w);
        }
        for (String w : List.of("", "h", "the", "them", "theirs", "both.", "He", "it's", "\u00e9l", "ｔhey")) {
            assertFalse(EventWords.standIn(w), w);
        }
        Random random = new Random(5);
        String chars = "theirsbo\u00e9 ";
        for (int n = 0; n < 5000; n++) {
            String w = RandomText.of(random, chars, 6);
            assertEquals(EventWords.STAND_INS.contains(w), EventWords.standIn(w), w);
        }
    }

    @Test
    void theClausesAndTheExtractorsKindBitsAreApartAndBelowTheLexiconsOwn() {
        int clauses = Clauses.kinds().values().stream().reduce(0, (a, b) -> a | b);
        int words = EventWords.kinds().values().stream().reduce(0, (a, b) -> a | b);
        assertEquals(0, clauses & words, "a bit both classes give a word");
        assertTrue((clauses & Clauses.OBLIGATION) != 0 && (words & EventWords.POSSESSIVE) != 0);
        // VerbLexicon keeps its form bits (1 << 29 and 1 << 30) in the same int as the kinds
        assertEquals(0, (clauses | words) & (3 << 29), "a kind bit on the lexicon's form bits");
    }
}
