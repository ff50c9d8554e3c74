package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActorSpansTest {
    @Test
    void theSpanAtEachPointIsTheOneTheScanOfEverySpanFound() {
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            List<Actor> actors = new ArrayList<>();
            for (int a = random.nextInt(6); a > 0; a--) {
                List<Span> spans = new ArrayList<>();
                for (int s = 1 + random.nextInt(3); s > 0; s--) {
                    int start = random.nextInt(40);
                    spans.add(new Span(start, start + random.nextInt(12)));
                }
                actors.add(new Actor("A" + a, "person", null, List.of(), List.of(), spans.size(), spans));
            }
            ActorSpans spans = new ActorSpans(actors);
            for (int cp = -1; cp < 60; cp++) {
                Span expected = scan(actors, cp);
                ActorSpans.Entry found = spans.at(cp);
                assertSame(expected, found == null ? null : found.span(), "at " + cp + " of " + actors);
            }
            // a walk through ascending code points, some repeated, answers as at does
            int first = random.nextInt(50) - 1;
            ActorSpans.Walk walk = spans.walk(first);
            for (int cp = first; cp < 60; cp += random.nextInt(4)) {
                assertSame(spans.at(cp), walk.at(cp), "walk at " + cp + " of " + actors);
                if (walk.at(cp) == null) {
                    // no actor from there up to the next named piece, and one at it
                    int next = walk.nextNamed();
                    for (int c = cp; c < Math.min(next, 70); c++) {
                        assertNull(spans.at(c), "at " + c + " before " + next + " of " + actors);
                    }
                    assertTrue(next == Integer.MAX_VALUE || spans.at(next) != null, "named at " + next);
                }
            }
            // one walk through a document's blocks (mostly ascending, some before the last) answers as anyIn
            // and at do, block after block
            ActorSpans.Walk blocks = spans.walk(0);
            for (int b = 0; b < 20; b++) {
                int from = random.nextInt(8) == 0 ? random.nextInt(50) - 1 : first + random.nextInt(12);
                int to = from + random.nextInt(10);
                assertEquals(spans.anyIn(from, to), blocks.anyIn(from, to), "block [" + from + ", " + to + "]");
                for (int cp = from; cp <= to; cp += 1 + random.nextInt(3)) {
                    assertSame(spans.at(cp), blocks.at(cp), "block walk at " + cp + " of " + actors);
                }
                first = Math.max(first, to);
            }
            for (int from = -1; from < 60; from++) {
                for (int to = from; to < 60; to++) {
                    boolean any = false;
                    for (int cp = from; cp <= to; cp++) {
                        any |= spans.at(cp) != null;
                    }
                    assertEquals(any, spans.anyIn(from, to), "[" + from + ", " + to + "] of " + actors);
                }
            }
        }
    }

    /**
     * The scan ActorSpans replaced: the spans sorted by start (stably), from the last that starts at or before
     * the point backwards, the first of the highest rank that holds it.
     */
    private static Span scan(List<Actor> actors, int cp) {
        List<Span> spans = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int rank = 0; rank < actors.size(); rank++) {
            for (Span s : actors.get(rank).spans()) {
                spans.add(s);
                ranks.add(rank);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> spans.get(i).start()));
        Span best = null;
        int bestRank = -1;
        for (int k = order.size() - 1; k >= 0; k--) {
            Span s = spans.get(order.get(k));
            int rank = ranks.get(order.get(k));
            if (s.start() <= cp && cp < s.end() && rank > bestRank) {
                best = s;
                bestRank = rank;
            }
        }
        return best;
    }
}
