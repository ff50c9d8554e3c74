package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.actors.Actor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Speakers#sorted}, a sort of longs, against the stable sort of the mentions it replaced. */
class SpeakersSortTest {
    @Test
    void sortedAsTheStableSortOrdersThem() {
        Random random = new Random(14);
        int ties = 0;
        for (int round = 0; round < 500; round++) {
            List<Speakers.Mention> mentions = new ArrayList<>();
            int n = random.nextInt(60);
            int actors = 1 + random.nextInt(8);
            for (int a = 0; a < actors; a++) {
                Actor actor = new Actor("A" + a, "person", null, List.of(), List.of(), 1, List.of());
                int at = random.nextInt(50);
                for (int k = 0; k < n / actors; k++) {
                    at += random.nextInt(4); // runs in order, with repeated starts and spans
                    mentions.add(new Speakers.Mention(at, at + random.nextInt(3), actor));
                }
            }
            if (random.nextBoolean()) {
                Collections.shuffle(mentions, random);
            }
            List<Speakers.Mention> expected = new ArrayList<>(mentions);
            expected.sort(Speakers::byStartThenEnd);
            List<Speakers.Mention> actual = Speakers.sorted(mentions);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), actual.get(i), "round " + round + " at " + i);
                if (i > 0 && Speakers.byStartThenEnd(expected.get(i - 1), expected.get(i)) == 0) {
                    ties++;
                }
            }
        }
        assertTrue(ties > 100, "equal mentions, whose order only a stable sort keeps: " + ties);
    }
}
