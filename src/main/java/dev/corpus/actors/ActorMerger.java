package dev.corpus.actors;

import dev.corpus.nlp.CodePoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges one document's mentions into actors. Once a string is a person it is a person throughout the
 * document; a person's other forms (surname, accent variant, a longer form, "the Cuban leader") join the
 * fullest name; a lone word goes to the one person it names, or to the nearest earlier one when several
 * share it. Different full names never merge, so Kim Jong Un, Kim Yo Jong and Kim Il Sung stay three.
 * Demonyms count for their country without becoming names of it.
 */
final class ActorMerger {

    private ActorMerger() {}

    /**
     * A cluster's kind and folded name (a country's code): a pair, not the two joined in a new string, so
     * that the name's hash, made once with the mention, is not made again.
     */
    private record Key(String type, @Nullable String name) {}

    static List<Actor> merge(List<Mention> mentions, CodePoints cp) {
        List<Mention> typed = TypeSettler.settle(mentions);
        Map<Key, Cluster> byKey = new LinkedHashMap<>();
        People people = new People();
        List<Mention> lone = new ArrayList<>();
        List<Mention> anaphors = new ArrayList<>();
        for (Mention m : typed) {
            switch (m.type()) {
                case "country", "demonym" -> {
                    Key k = new Key("country", m.country());
                    Cluster c =
                            byKey.computeIfAbsent(k, x -> new Cluster("country", m, m.canonical(), Cluster.NO_TOKENS));
                    c.add(m);
                }
                case "person", MentionFinder.PERSON_GUESS -> {
                    if (m.anaphor()) {
                        anaphors.add(m);
                    } else if (m.text().indexOf(' ') < 0) {
                        lone.add(m);
                    } else {
                        people.add(m);
                    }
                }
                case "organization", "place", "group" -> {
                    String name = stripThe(m.canonical());
                    // the mention's key is its text folded: most names are written as they are known
                    Key k = new Key(m.type(), name.equals(m.text()) ? m.key() : Fold.of(name));
                    Cluster c = byKey.computeIfAbsent(k, x -> new Cluster(m.type(), m, name, Cluster.NO_TOKENS));
                    c.add(m);
                }
                default -> {}
            }
        }
        Map<String, List<Cluster>> byEndWord = people.byEndWord();
        for (Mention m : lone) {
            Cluster target = null;
            int bestOrder = -2;
            String f = m.key();
            for (Cluster c : byEndWord.getOrDefault(f, List.of())) {
                int o = c.lastBefore(m.order());
                if (target == null || o > bestOrder) {
                    target = c;
                    bestOrder = o;
                }
            }
            if (target != null) {
                target.add(m);
            } else if (m.type().equals(MentionFinder.PERSON_GUESS) && !people.namesPerson(f)) {
                // a lone word before "said" that names no person of the document: "Ahold said"
                Key k = new Key("organization", f);
                byKey.computeIfAbsent(k, x -> new Cluster("organization", m, m.text(), Cluster.NO_TOKENS))
                        .add(m);
            } else {
                people.add(m);
            }
        }
        for (Mention m : anaphors) {
            Cluster target = null;
            int bestOrder = -1;
            for (Cluster c : people.all) {
                int o = c.lastBefore(m.order());
                if (o > bestOrder && m.country() != null && m.country().equals(c.country)) {
                    target = c;
                    bestOrder = o;
                }
            }
            if (target != null) {
                target.add(m);
            }
        }
        people.shareFamilyCountries();
        mergeAcronyms(byKey);
        List<Cluster> all = new ArrayList<>(byKey.values());
        all.addAll(people.all);
        List<Actor> out = new ArrayList<>();
        for (Cluster c : byFirstMention(all)) {
            if (!c.mentions.isEmpty()) {
                out.add(ActorBuilder.of(c, cp));
            }
        }
        return out;
    }

    /**
     * The clusters in the order of their first mentions, ties in list order (as a stable sort): each
     * cluster's first mention is found once, not again at every comparison, and packed with its index.
     */
    private static List<Cluster> byFirstMention(List<Cluster> clusters) {
        long[] keys = new long[clusters.size()];
        for (int i = 0; i < keys.length; i++) {
            // mention orders are never negative, and an empty cluster's is Integer.MAX_VALUE
            keys[i] = ((long) clusters.get(i).firstOrder() << 32) | i;
        }
        Arrays.sort(keys);
        List<Cluster> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            out.add(clusters.get((int) k));
        }
        return out;
    }

    /**
     * The person clusters in the order made, indexed by first word: a name joins a cluster whose words it
     * starts (or that start it), and those share the first word, so only that word's clusters are read.
     */
    private static final class People {
        final List<Cluster> all = new ArrayList<>();
        private final Map<String, List<Cluster>> byFirstWord = new HashMap<>();

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

        /** Clusters of two or more words by their first and their last word, each list in cluster order. */
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
    }

    private static boolean startsWith(String[] longer, String[] prefix) {
        return prefix.length <= longer.length && Arrays.equals(Arrays.copyOf(longer, prefix.length), prefix);
    }

    /** "KCNA" joins "Korean Central News Agency". */
    private static void mergeAcronyms(Map<Key, Cluster> byKey) {
        List<Cluster> orgs = new ArrayList<>();
        for (Cluster c : byKey.values()) {
            if (c.type.equals("organization")) {
                orgs.add(c);
            }
        }
        Map<Cluster, String> initials = new java.util.IdentityHashMap<>();
        for (Cluster a : orgs) {
            if (!isAcronym(a.name)) {
                continue;
            }
            for (Cluster full : orgs) {
                if (full != a
                        && initials.computeIfAbsent(full, c -> initials(c.name)).equals(a.name)) {
                    full.absorb(a);
                    break;
                }
            }
        }
    }

    /** The capitals that start the words of a name, words split at spaces and hyphens. */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-';
            if (wordStart && c != ' ' && c != '-' && Character.isUpperCase(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Two to six ASCII capitals ("KCNA"). */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    static String stripThe(String s) {
        return s.startsWith("The ") && s.length() > 4 ? s.substring(4) : s;
    }
}
