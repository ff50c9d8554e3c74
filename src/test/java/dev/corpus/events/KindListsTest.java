package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KindListsTest {
    @Test
    void linesOfOneKindAddUp() {
        KindLists lists = KindLists.read("kind-lists.txt");
        assertEquals(Set.of("one", "two", "three"), lists.of("first"));
        assertEquals(Set.of("has to"), lists.of("second"));
    }

    @Test
    void aMissingListFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> KindLists.read("kind-lists.txt")
                .of("third"));
    }

    @Test
    void aLineWithoutWordsFailsLoudly() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> KindLists.read("kind-lists-no-words.txt"));
        assertEquals(
                "/dev/corpus/events/kind-lists-no-words.txt: not kind <TAB> word|word|...: second", e.getMessage());
    }

    @Test
    void anEmptyWordFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> KindLists.read("kind-lists-empty-word.txt"));
    }
}
