package dev.corpus.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document's people, as clusters in the order made. A name joins the cluster whose words it starts (or
 * that start it), so "Kim Jong" joins "Kim Jong Un" but "Kim Yo Jong" stays apart; a lone word joins the
 * person whose first or last word it is, the nearest earlier one when several are; "the Cuban leader" joins
 * the last Cuban named before it. Clusters are indexed by first word: a name and the clusters it may join
 * share it, so only that word's clusters are read.
 */
final class PersonClusters {
    final List<Cluster> all = new ArrayList<>();
    private final Map<String, List<Cluster>> byFirstWord = new HashMap<>();

    /** Adds a person's name to the cluster it starts or that starts it, or to a new cluster. */
    void add(Mention m) {
        String[] toks = m.key().split(" ");
        List<Cluster> same = byFirstWord.computeIfAbsent(toks[0], k -> new ArrayList<>());
        for (Cluster c : same) {
            if (startsWith(c.tokens, toks) || startsWith(toks, c.tokens)) {
                if (toks.length > c.tokens.length) {
                    c.tokens = toks;
                    c.name = m.text();
                    c.nameKey = m.key();
                }
                c.add(m);
                return;
            }
        }
        Cluster c = Cluster.person(m, toks);
        c.add(m);
        all.add(c);
        same.add(c);
    }

    /** Whether a one-word person cluster is {@code word}. */
    boolean namesPerson(String word) {
        for (Cluster c : byFirstWord.getOrDefault(word, List.of())) {
            if (c.tokens.length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Clusters of two or more words by their first and their last word, each list in cluster order: the
     * people a lone word may name. Made once the names are in, before the lone words join.
     */
    Map<String, List<Cluster>> byEndWord() {
        Map<String, List<Cluster>> out = new HashMap<>();
        for (Cluster c : all) {
            if (c.tokens.length > 1) {
                out.computeIfAbsent(c.tokens[0], k -> new ArrayList<>()).add(c);
                if (!c.tokens[c.tokens.length - 1].equals(c.tokens[0])) {
                    out.computeIfAbsent(c.tokens[c.tokens.length - 1], k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        return out;
    }

    /**
     * Of the clusters a lone word names, the one mentioned last before it (the first listed when none is
     * mentioned before it), or null when it names none.
     */
    static @Nullable Cluster nearest(List<Cluster> named, Mention lone) {
        Cluster target = null;
        int bestOrder = -2;
        for (Cluster c : named) {
            int o = c.lastBefore(lone.order());
            if (target == null || o > bestOrder) {
                target = c;
                bestOrder = o;
            }
        }
        return target;
    }

    /** The person of the anaphor's country mentioned last before it, or null. */
    @Nullable
    Cluster lastOfCountry(Mention anaphor) {
        Cluster target = null;
        int bestOrder = -1;
        for (Cluster c : all) {
            int o = c.lastBefore(anaphor.order());
            if (o > bestOrder && anaphor.country() != null && anaphor.country().equals(c.country)) {
                target = c;
                bestOrder = o;
            }
        }
        return target;
    }

    /** A family of East Asian names (same first word, three words) shares a known country. */
    void shareFamilyCountries() {
        for (List<Cluster> family : byFirstWord.values()) {
            Cluster known = null;
            for (Cluster c : family) {
                if (c.tokens.length == 3 && c.country != null) {
                    known = c;
                    break;
                }
            }
            if (known == null) {
                continue;
            }
            for (Cluster c : family) {
                if (c.country == null && c.tokens.length == 3) {
                    c.country = known.country;
                }
            }
        }
    }

    private static boolean startsWith(String[] longer, String[] prefix) {
        return prefix.length <= longer.length && Arrays.equals(longer, 0, prefix.length, prefix, 0, prefix.length);
    }
}
