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

    /** The batched counting and look-ups, which read the slots ahead, against one key at a time. */
    @Test
    void batchesCountAndLookUpAsOneKeyAtATime() {
        SplittableRandom random = new SplittableRandom(17);
        // a small limit, so that the batches also reach it and halve the kept share
        CappedCounts single = new CappedCounts(256);
        CappedCounts batched = new CappedCounts(256);
        List<Long> seen = new ArrayList<>();
        for (int batch = 0; batch < 200; batch++) {
            long[] keys = new long[random.nextInt(40)];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(3) == 0 && !seen.isEmpty()
                        ? seen.get(random.nextInt(seen.size()))
                        : random.nextInt(50) == 0 ? 0L : random.nextLong();
                seen.add(keys[i]);
            }
            for (long k : keys) {
                single.increment(k);
            }
            batched.incrementAll(keys, keys.length);
            assertEquals(single.size(), batched.size());
            assertEquals(single.level(), batched.level());
            // the look-ups of seen keys, of keys never counted, and past the size given
            long[] asked = new long[keys.length + 8];
            for (int i = 0; i < asked.length; i++) {
                asked[i] = i % 2 == 0 ? seen.get(random.nextInt(seen.size())) : random.nextLong();
            }
            int size = asked.length - 3;
            int[] got = new int[asked.length];
            java.util.Arrays.fill(got, -1);
            batched.getAll(asked, size, got);
            for (int i = 0; i < asked.length; i++) {
                assertEquals(i < size ? single.get(asked[i]) : -1, got[i], "key " + asked[i]);
            }
        }
        assertTrue(single.level() > 0, "the tables should have reached their limit");
        for (long k : seen) {
            assertEquals(single.get(k), batched.get(k), () -> "key " + k);
        }
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
