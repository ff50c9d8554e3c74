package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The actors' mention spans of one article, to find the span at a code point by binary search: asked once per
 * token, a scan of every span made event finding quadratic in the article's length. Where spans overlap, the one
 * of the later actor in the list wins (of its spans, the last to start, of equal starts the later listed).
 * The spans' starts and ends cut the text into pieces that each have one answer, worked out once.
 */
final class ActorSpans {
    /** One span with its actor and the actor's place in the list. */
    record Entry(Span span, Actor actor, int rank) {}

    /** The spans' starts and ends, ascending, each once: piece k is {@code [bounds[k], bounds[k + 1])}. */
    private final int[] bounds;
    /** The span that holds each piece, or null. */
    private final @Nullable Entry[] pieces;

    ActorSpans(List<Actor> actors) {
        List<Entry> listed = new ArrayList<>();
        for (int rank = 0; rank < actors.size(); rank++) {
            Actor a = actors.get(rank);
            for (Span s : a.spans()) {
                listed.add(new Entry(s, a, rank));
            }
        }
        // sorted by start, equal starts in list order: the start above the index, as one primitive long
        long[] order = new long[listed.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = ((long) listed.get(i).span().start() << 32) | i;
        }
        Arrays.sort(order);
        List<Entry> byStart = new ArrayList<>(order.length);
        for (long o : order) {
            byStart.add(listed.get((int) o));
        }
        bounds = cuts(byStart);
        pieces = new Entry[bounds.length];
        // in start order, a span takes the pieces it covers from any of a lower or equal rank: the latest
        // actor's span wins, and of its own spans the last to start. The starts ascend, and so does the piece of
        // each: a step on from the last one's finds it, where a binary search per span did
        int first = 0;
        for (Entry e : byStart) {
            while (bounds[first] < e.span().start()) {
                first++;
            }
            for (int k = first; bounds[k] < e.span().end(); k++) {
                if (pieces[k] == null || e.rank() >= pieces[k].rank()) {
                    pieces[k] = e;
                }
            }
        }
    }

    /** The spans' starts and ends, ascending, without repeats. */
    private static int[] cuts(List<Entry> entries) {
        int[] all = new int[2 * entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            all[2 * i] = entries.get(i).span().start();
            all[2 * i + 1] = entries.get(i).span().end();
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** The span holding code point {@code cp} (the latest actor's, and its last such span), or null. */
    @Nullable
    Entry at(int cp) {
        int k = piece(cp);
        return k < 0 ? null : pieces[k];
    }

    /**
     * Whether a span holds any code point of {@code [from, to]}: else {@link #at} is null for each of them, and a
     * block without a mention is passed over without working out each token's code point.
     */
    boolean anyIn(int from, int to) {
        for (int k = Math.max(0, piece(from)); k < pieces.length && bounds[k] <= to; k++) {
            if (pieces[k] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans at a block's tokens, asked in ascending order: each answer moves on from the last one's piece
     * instead of a binary search per token (which the profile showed as a third of the mention finding). One
     * walk serves a document's blocks, which come in text order: {@link #anyIn} moves it on to each block.
     */
    final class Walk {
        private int k;

        /** @param first the first code point to be asked */
        private Walk(int first) {
            k = piece(first);
        }

        /** As {@link ActorSpans#at}, for a code point at or after the last one asked. */
        @Nullable
        Entry at(int cp) {
            while (k + 1 < bounds.length && bounds[k + 1] <= cp) {
                k++;
            }
            return k < 0 || bounds[k] > cp ? null : pieces[k];
        }

        /**
         * Where the next piece with an actor starts after the walk's place ({@link Integer#MAX_VALUE}: none): once
         * {@link #at} answered null, it answers null below that too, and a block's tokens up to there need not ask.
         */
        int nextNamed() {
            for (int p = k + 1; p < pieces.length; p++) {
                if (pieces[p] != null) {
                    return bounds[p];
                }
            }
            return Integer.MAX_VALUE;
        }

        /**
         * As {@link ActorSpans#anyIn}, and leaves the walk at {@code from}, to ask {@link #at} of the code points
         * from there on: a binary search per block was a twentieth of the stage's time. A {@code from} before the
         * last point asked is searched for.
         */
        boolean anyIn(int from, int to) {
            if (k >= 0 && bounds[k] > from) {
                k = piece(from);
            }
            while (k + 1 < bounds.length && bounds[k + 1] <= from) {
                k++;
            }
            for (int p = Math.max(0, k); p < pieces.length && bounds[p] <= to; p++) {
                if (pieces[p] != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A walk through the spans from code point {@code first} on. */
    Walk walk(int first) {
        return new Walk(first);
    }

    /** The piece that holds {@code cp}: the last that starts at or before it, -1 if none. */
    private int piece(int cp) {
        int k = Arrays.binarySearch(bounds, cp);
        return k < 0 ? -k - 2 : k;
    }
}
