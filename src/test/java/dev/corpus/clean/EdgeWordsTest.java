package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.Arrays;
import java.util.HashSet;
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
        EdgeWords first = EdgeWords.of(PHRASES, true, 1);
        EdgeWords last = EdgeWords.of(PHRASES, false, 1);
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

    @Test
    void aLookUpOfTwoWordsIsTheSetLookUpOfTheSlice() {
        EdgeWords first = EdgeWords.of(PHRASES, true, 2);
        EdgeWords last = EdgeWords.of(PHRASES, false, 2);
        Set<String> firsts = new HashSet<>();
        Set<String> lasts = new HashSet<>();
        for (String k : PHRASES.keySet()) {
            String[] w = k.split(" ");
            if (w.length >= 2) {
                firsts.add(w[0] + " " + w[1]);
                lasts.add(w[w.length - 2] + " " + w[w.length - 1]);
            }
        }
        Random random = new Random(10);
        String[] pieces = {"share", "on", "facebook", "most", "read", "a", "b", "c", "über", "uns", "q", "", "ü"};
        for (int round = 0; round < 20_000; round++) {
            String key = String.join(
                    " ", RandomText.ofPieces(random, pieces, 5).strip().split(" +"));
            String[] words = key.isEmpty() ? new String[0] : key.split(" ");
            for (int n = 1; n <= 3; n++) {
                int end = EdgeWords.firstWordsEnd(key, n);
                int start = EdgeWords.lastWordsStart(key, n);
                int k = Math.min(n, words.length);
                assertEquals(String.join(" ", Arrays.asList(words).subList(0, k)), key.substring(0, end), key);
                assertEquals(
                        String.join(" ", Arrays.asList(words).subList(words.length - k, words.length)),
                        key.substring(start),
                        key);
            }
            int end = EdgeWords.firstWordsEnd(key, 2);
            int start = EdgeWords.lastWordsStart(key, 2);
            assertEquals(firsts.contains(key.substring(0, end)), first.contains(key, 0, end), key);
            assertEquals(lasts.contains(key.substring(start)), last.contains(key, start, key.length()), key);
        }
        assertEquals(true, first.contains("share on facebook now", 0, 8));
        assertEquals(true, last.contains("we share on facebook", 9, 20));
    }
}
