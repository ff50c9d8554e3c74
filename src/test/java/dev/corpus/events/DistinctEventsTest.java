package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinctEventsTest {
    @Test
    void keepsWhatALinkedHashSetKeepsInTheSameOrder() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            DistinctEvents distinct = new DistinctEvents();
            Set<Event> plain = new LinkedHashSet<>();
            for (int batch = random.nextInt(6); batch > 0; batch--) {
                List<Event> events = new ArrayList<>();
                for (int k = random.nextInt(5); k > 0; k--) {
                    events.add(event(random));
                }
                distinct.addAll(events);
                plain.addAll(events);
            }
            assertEquals(List.copyOf(plain), distinct.toList());
        }
    }

    /** Events drawn from few values, so that equal ones and equal spans of unequal ones are common. */
    private static Event event(Random random) {
        String code = List.of("040", "120", "190").get(random.nextInt(3));
        String source = random.nextBoolean() ? null : "A" + random.nextInt(2);
        // a span of another sentence may repeat one (the same text twice), with its own evidence
        int start = random.nextInt(3);
        String evidence = "sentence " + random.nextInt(2);
        return new Event(
                code,
                code,
                source,
                "B",
                null,
                null,
                null,
                null,
                evidence,
                new Span(start, start + 5),
                "asserted",
                null,
                null);
    }
}
