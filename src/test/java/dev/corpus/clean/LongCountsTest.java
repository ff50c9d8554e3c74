package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongCountsTest {
    @Test
    void countsLikeAHashMapThroughManyResizes() {
        LongCounts counts = new LongCounts();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            long key = i % 3 == 0 ? random.nextLong(1000) : random.nextLong();
            counts.increment(key);
            expected.merge(key, 1, Integer::sum);
        }
        counts.increment(0L);
        expected.merge(0L, 1, Integer::sum);
        assertEquals(expected.size(), counts.size());
        expected.forEach((k, v) -> assertEquals(v, counts.get(k), () -> "key " + k));
        assertEquals(0, counts.get(123_456_789_123L));
        LongCounts copy = counts.copy();
        counts.increment(42L);
        assertEquals(expected.getOrDefault(42L, 0), copy.get(42L));
    }
}
