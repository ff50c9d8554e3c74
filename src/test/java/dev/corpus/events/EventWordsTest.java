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
}
