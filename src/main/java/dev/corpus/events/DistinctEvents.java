package dev.corpus.events;

import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's events in the order first found, each once: what a {@code LinkedHashSet} gives, without
 * hashing every event. An event's hash reads its evidence, the whole sentence's text, which was a share of the
 * stage's time; equal events have equal spans, so only the few of one span (one sentence's) are compared.
 * Not thread-safe: one document, one thread.
 */
final class DistinctEvents {
    private final List<Event> inOrder = new ArrayList<>();
    private final Map<Span, List<Event>> bySpan = new HashMap<>();

    /** Adds those of the events not added before, in order. */
    void addAll(List<Event> events) {
        for (Event e : events) {
            List<Event> sameSpan = bySpan.computeIfAbsent(e.span(), k -> new ArrayList<>(2));
            if (!sameSpan.contains(e)) {
                sameSpan.add(e);
                inOrder.add(e);
            }
        }
    }

    List<Event> toList() {
        return List.copyOf(inOrder);
    }
}
