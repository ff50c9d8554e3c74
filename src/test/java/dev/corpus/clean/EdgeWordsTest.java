package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** EdgeWords' look-up, which tells most words apart by first char and length, against the plain set look-up. */
class EdgeWordsTest {
    private static final Map<String, String> PHRASES = Map.of(
            "share on facebook", "share",
            "most read", "related",
            "a b", "x",
            "über uns", "navigation",
            "single", "navigation");

    @Test
    void aLookUpIsTheSetLookUpOfTheSlice() {
        EdgeWords first = EdgeWords.of(PHRASES, true);
        EdgeWords last = EdgeWords.of(PHRASES, false);
        Set<String> firsts = Set.of("share", "most", "a", "über");
        Set<String> lasts = Set.of("facebook", "read", "b", "uns");
        Random random = new Random(9);
        String[] pieces = {"share", "most", "read", "a", "b", "über", "uns", "facebook", "sharE", "q", "", "ü", "readx"
        };
        for (int round = 0; round < 20_000; round++) {
            String key = RandomText.ofPieces(random, pieces, 4);
            int from = key.isEmpty() ? 0 : random.nextInt(key.length());
            int to = from + random.nextInt(key.length() - from + 1);
            String slice = key.substring(from, to);
            assertEquals(firsts.contains(slice), first.contains(key, from, to), slice);
            assertEquals(lasts.contains(slice), last.contains(key, from, to), slice);
        }
        for (String w : firsts) {
            assertEquals(true, first.contains("x " + w + " y", 2, 2 + w.length()), w);
        }
    }
}
