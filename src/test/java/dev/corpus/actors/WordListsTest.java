package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void encodedListsDecodeToTheSameSets() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("roles.txt", Set.of("prime minister", "gen.", "émir", "z"));
        lists.put("empty.txt", Set.of());
        lists.put("surnames", Set.of("zorblatt", "abbas", "o'neill", "müller"));
        Map<String, Set<String>> decoded = WordLists.decode(WordLists.encode(lists));
        assertEquals(lists, decoded);
        Set<String> roles = decoded.get("roles.txt");
        assertTrue(roles.contains("émir"));
        assertTrue(roles.contains("gen."));
        assertFalse(roles.contains("gen"));
        assertFalse(roles.contains("prime"));
        assertEquals(List.of("abbas", "müller", "o'neill", "zorblatt"), new ArrayList<>(decoded.get("surnames")));
        assertTrue(decoded.get("empty.txt").isEmpty());
    }

    @Test
    void rejectsWhatIsNoIndex() {
        assertThrows(IllegalStateException.class, () -> WordLists.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }

    @Test
    void surnamesSkipShortWordsKnownFormsAndGivenNames() {
        Set<String> got = WordLists.surnames(
                List.of("Jean Zorblatt", "Anna Li", "Omar Paris", "Ann Marie", "Kofi Annan"),
                key -> key.equals("paris"),
                Set.of("marie"));
        assertEquals(Set.of("zorblatt", "annan"), got);
    }

    /** The index the build wrote holds what the text lists say now (it is remade by every build). */
    @Test
    void theBuiltIndexMatchesTheTextLists() {
        GazetteerIndex index = GazetteerIndex.builtIn(() -> Resources.lines("/dev/corpus/actors/gazetteer.tsv"));
        Map<String, Set<String>> fromText =
                WordLists.compute(name -> Resources.lines("/dev/corpus/actors/" + name), index);
        Map<String, Set<String>> built = WordLists.builtIn(index);
        assertEquals(fromText, built);
        assertTrue(built.get("given-names.txt").size() > 1000);
        assertTrue(built.get(WordLists.SURNAMES).size() > 1000);
    }
}
