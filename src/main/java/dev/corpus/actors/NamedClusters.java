package dev.corpus.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document's countries, organizations, places and groups, one cluster per kind and folded name, in the
 * order made. A demonym counts for its country without naming it; "The Times" and "Times" are one name;
 * an acronym joins the organization whose initials it is ("KCNA", "Korean Central News Agency").
 */
final class NamedClusters {
    /**
     * A cluster's kind and folded name (a country's code): a pair, not the two joined in a new string, so
     * that the name's hash, made once with the mention, is not made again.
     */
    private record Key(String type, @Nullable String name) {}

    private final Map<Key, Cluster> byKey = new LinkedHashMap<>();

    /** Adds a country's or demonym's mention to its country. */
    void addCountry(Mention m) {
        cluster(new Key("country", m.country()), "country", m, m.canonical()).add(m);
    }

    /** Adds an organization's, place's or group's mention to the cluster of its name ("The" dropped). */
    void addNamed(Mention m) {
        String name = stripThe(m.canonical());
        // the mention's key is its text folded: most names are written as they are known
        Key k = new Key(m.type(), name.equals(m.text()) ? m.key() : Fold.of(name));
        cluster(k, m.type(), m, name).add(m);
    }

    /** Adds a lone word taken for an organization ("Ahold said"), named as written. */
    void addOrganization(Mention m) {
        cluster(new Key("organization", m.key()), "organization", m, m.text()).add(m);
    }

    Collection<Cluster> all() {
        return byKey.values();
    }

    /** "KCNA" joins "Korean Central News Agency": the first organization whose initials it is. */
    void mergeAcronyms() {
        List<Cluster> orgs = new ArrayList<>();
        for (Cluster c : byKey.values()) {
            if (c.type.equals("organization")) {
                orgs.add(c);
            }
        }
        Map<Cluster, String> initials = new IdentityHashMap<>();
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

    private Cluster cluster(Key k, String type, Mention first, String name) {
        return byKey.computeIfAbsent(k, x -> new Cluster(type, first, name, Cluster.NO_TOKENS));
    }

    /** The capitals that start the words of a name, words split at spaces and hyphens. */
    static String initials(String name) {
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
