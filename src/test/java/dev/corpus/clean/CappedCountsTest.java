package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CappedCountsTest {
    @Test
    void countsUpToTwoLikeAHashMapThroughManyResizes() {
        CappedCounts counts = new CappedCounts();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            long key = i % 3 == 0 ? random.nextLong(1000) : random.nextLong();
            counts.increment(key);
            expected.merge(key, 1, Integer::sum);
        }
        counts.increment(0L);
        expected.merge(0L, 1, Integer::sum);
        assertEquals(0, counts.level());
        assertEquals(expected.size(), counts.size());
        expected.forEach((k, v) -> assertEquals(Math.min(v, 2), counts.get(k), () -> "key " + k));
        assertEquals(0, counts.get(123_456_789_123L));
    }

    @Test
    void aFullTableKeepsAShareOfTheKeysThatDoesNotDependOnTheirOrder() {
        List<Long> keys = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            long key = random.nextLong();
            keys.add(key);
            if (i % 4 == 0) {
                keys.add(key); // a quarter recur
            }
        }
        CappedCounts inOrder = fill(keys);
        Collections.shuffle(keys, new Random(3));
        CappedCounts shuffled = fill(keys);

        assertTrue(inOrder.level() > 0, "the table should have reached its limit");
        assertTrue(inOrder.size() <= 1024 * 3 / 4, "size " + inOrder.size());
        assertEquals(inOrder.level(), shuffled.level());
        assertEquals(inOrder.size(), shuffled.size());
        int kept = 0;
        for (long k : keys) {
            assertEquals(inOrder.get(k), shuffled.get(k), () -> "key " + k);
            kept += inOrder.get(k) > 0 ? 1 : 0;
        }
        assertTrue(kept > 0);
    }

    @Test
    void aReservationMakesRoomForItsKeysAndChangesNoCount() {
        SplittableRandom random = new SplittableRandom(5);
        CappedCounts plain = new CappedCounts(1024);
        CappedCounts reserving = new CappedCounts(1024);
        List<Long> all = new ArrayList<>();
        for (int batch = 0; batch < 40; batch++) {
            List<Long> keys = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                keys.add(
                        random.nextInt(4) == 0 && !all.isEmpty()
                                ? all.get(random.nextInt(all.size()))
                                : random.nextLong());
            }
            reserving.reserve(keys.size());
            int capacity = reserving.capacity();
            for (long k : keys) {
                plain.increment(k);
                reserving.increment(k);
            }
            if (capacity < 1024) {
                assertEquals(capacity, reserving.capacity(), "the batch's keys grew a table with room reserved");
            }
            all.addAll(keys);
        }
        assertTrue(plain.level() > 0, "the table should have reached its limit");
        assertEquals(plain.level(), reserving.level());
        assertEquals(plain.size(), reserving.size());
        for (long k : all) {
            assertEquals(plain.get(k), reserving.get(k), () -> "key " + k);
        }
    }

    @Test
    void theLimitIsAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new CappedCounts(1000));
    }

    private static CappedCounts fill(List<Long> keys) {
        CappedCounts counts = new CappedCounts(1024);
        keys.forEach(counts::increment);
        return counts;
    }
}
