package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PhraseTable's look-up by a key's hash against the map (and set) it is made of. */
class PhraseTableTest {
    @Test
    void aLookUpIsTheMapLookUp() {
        Random random = new Random(17);
        String[] pieces = {"share", " ", "on", "facebook", "most", "read", "a", "ü", "'s", "-"};
        Map<String, String> phrases = new HashMap<>();
        Set<String> set = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            String k = RandomText.ofPieces(random, pieces, 5);
            phrases.put(k, "reason " + i);
            if (i % 3 == 0) {
                set.add(k);
            }
        }
        PhraseTable table = new PhraseTable(phrases);
        PhraseTable ofSet = PhraseTable.ofSet(set);
        for (int round = 0; round < 20_000; round++) {
            String key = RandomText.ofPieces(random, pieces, 5);
            long hash = CorpusProfile.hash(key);
            assertEquals(phrases.get(key), table.get(key, hash), key);
            assertEquals(set.contains(key), ofSet.contains(key, hash), key);
        }
        assertEquals(null, new PhraseTable(Map.of()).get("x", CorpusProfile.hash("x")));
    }
}
