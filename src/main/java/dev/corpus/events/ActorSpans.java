package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The actors' mention spans of one article sorted by start, to find the span at a code point by binary
 * search: asked once per token, a scan of every span made event finding quadratic in the article's length.
 * Where spans overlap, the one of the later actor in the list wins, as a scan in list order would have it.
 */
final class ActorSpans {
    /** One span with its actor and the actor's place in the list. */
    record Entry(Span span, Actor actor, int rank) {}

    private final List<Entry> byStart = new ArrayList<>();
    private final int longest;

    ActorSpans(List<Actor> actors) {
        int max = 0;
        for (int rank = 0; rank < actors.size(); rank++) {
            Actor a = actors.get(rank);
            for (Span s : a.spans()) {
                byStart.add(new Entry(s, a, rank));
                max = Math.max(max, s.end() - s.start());
            }
        }
        byStart.sort(Comparator.comparingInt((Entry e) -> e.span().start()));
        this.longest = max;
    }

    /** The span holding code point {@code cp} (the latest actor's, and its last such span), or null. */
    @Nullable
    Entry at(int cp) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).span().start() <= cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Entry best = null;
        // spans starting more than the longest span's length before cp cannot reach it
        for (int i = lo - 1; i >= 0 && byStart.get(i).span().start() > cp - longest - 1; i--) {
            Entry e = byStart.get(i);
            if (cp < e.span().end() && (best == null || e.rank() > best.rank())) {
                best = e;
            }
        }
        return best;
    }
}
