package dev.corpus.quotes;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The article's actor mentions in text order, to name the speaker a phrase, pronoun or role refers to. */
final class Speakers {
    /** One mention of an actor: where it is, in code points of the source. */
    record Mention(int start, int end, Actor actor) {
        boolean person() {
            return actor.type().equals("person");
        }
    }

    /** How many mentions back a speaker is looked for: far beyond the paragraphs a pronoun reaches. */
    private static final int LOOKBACK = 1000;

    private final List<Mention> mentions;

    Speakers(List<Actor> actors) {
        List<Mention> all = new ArrayList<>();
        for (Actor a : actors) {
            for (Span s : a.spans()) {
                all.add(new Mention(s.start(), s.end(), a));
            }
        }
        mentions = sorted(all);
    }

    /** The order of {@link #sorted}: by start, then end. */
    static int byStartThenEnd(Mention a, Mention b) {
        return a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());
    }

    /**
     * The mentions as a stable sort by {@link #byStartThenEnd} orders them: sorted as longs of start and index
     * (the index keeping equal starts in their given order), then each run of one start by end. The actors'
     * mentions come as many short runs, which the stable sort of objects took one by one through insertion
     * sorts and merges: that was a sixteenth of the quote stage.
     */
    static List<Mention> sorted(List<Mention> mentions) {
        int n = mentions.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) mentions.get(i).start() << Integer.SIZE | i;
        }
        Arrays.sort(keys);
        List<Mention> out = new ArrayList<>(n);
        for (long key : keys) {
            out.add(mentions.get((int) key));
        }
        // mentions of one start are a few at most: an insertion sort by end, which keeps equal ones in order
        for (int i = 1; i < n; i++) {
            Mention m = out.get(i);
            int j = i;
            while (j > 0
                    && out.get(j - 1).start() == m.start()
                    && out.get(j - 1).end() > m.end()) {
                out.set(j, out.get(j - 1));
                j--;
            }
            out.set(j, m);
        }
        return out;
    }

    /**
     * The mention inside {@code [from, to)} that best names a speaker: a person before anything else, then
     * the one nearest {@code near}.
     */
    @Nullable
    Mention within(int from, int to, int near) {
        Mention best = null;
        for (Mention m : mentions.subList(firstStartingAt(from), mentions.size())) {
            if (m.start() >= to) {
                break;
            }
            if (m.start() < from || m.end() > to || m.actor().type().equals("place")) {
                continue;
            }
            if (best == null
                    || (m.person() && !best.person())
                    || (m.person() == best.person() && distance(m, near) < distance(best, near))) {
                best = m;
            }
        }
        return best;
    }

    /** The mentions inside {@code [from, to)}, in text order. */
    List<Mention> between(int from, int to) {
        List<Mention> out = new ArrayList<>();
        // from the first mention starting in the range: asked once a sentence, so not from the page's start
        for (int i = firstStartingAt(from); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= to) {
                break;
            }
            if (m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /** The nearest person mentioned before {@code at}; with a role noun, the nearest person holding it. */
    @Nullable
    Mention personBefore(int at, @Nullable String roleNoun) {
        Mention fallback = null;
        // mentions starting after at end after it too; at most LOOKBACK are read, as a page may
        // have a hundred thousand and ask once per quote
        int last = firstStartingAt(at + 1) - 1;
        for (int i = last; i >= Math.max(0, last - LOOKBACK); i--) {
            Mention m = mentions.get(i);
            if (m.end() > at || !m.person()) {
                continue;
            }
            if (roleNoun == null || hasRole(m.actor(), roleNoun)) {
                return m;
            }
            if (fallback == null) {
                fallback = m;
            }
        }
        return roleNoun == null ? fallback : null;
    }

    /** Index of the first mention starting at or after {@code cp} (binary search: mentions are sorted). */
    private int firstStartingAt(int cp) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() >= cp) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean hasRole(Actor a, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return a.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(n));
    }

    private static int distance(Mention m, int near) {
        return Math.min(Math.abs(m.start() - near), Math.abs(m.end() - near));
    }
}
