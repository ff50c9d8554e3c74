package dev.corpus.actors;

import dev.corpus.nlp.CodePoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Merges one document's mentions into actors. Once a string is a person it is a person throughout the
 * document; a person's other forms (surname, accent variant, a longer form, "the Cuban leader") join the
 * fullest name; a lone word goes to the one person it names, or to the nearest earlier one when several
 * share it. Different full names never merge, so Kim Jong Un, Kim Yo Jong and Kim Il Sung stay three.
 * Demonyms count for their country without becoming names of it. The steps: {@link TypeSettler} settles
 * the kinds, {@link NamedClusters} and {@link PersonClusters} gather the mentions, {@link ActorBuilder}
 * makes the actors, in the order of their first mentions.
 */
final class ActorMerger {

    private ActorMerger() {}

    static List<Actor> merge(List<Mention> mentions, CodePoints cp) {
        NamedClusters named = new NamedClusters();
        PersonClusters people = new PersonClusters();
        List<Mention> lone = new ArrayList<>();
        List<Mention> anaphors = new ArrayList<>();
        for (Mention m : TypeSettler.settle(mentions)) {
            switch (m.type()) {
                case "country", "demonym" -> named.addCountry(m);
                case "person", MentionFinder.PERSON_GUESS -> {
                    if (m.anaphor()) {
                        anaphors.add(m);
                    } else if (m.text().indexOf(' ') < 0) {
                        lone.add(m);
                    } else {
                        people.add(m);
                    }
                }
                case "organization", "place", "group" -> named.addNamed(m);
                default -> {}
            }
        }
        // lone words and anaphors join the names, so they wait until all names are in
        addLoneWords(lone, people, named);
        addAnaphors(anaphors, people);
        people.shareFamilyCountries();
        named.mergeAcronyms();
        List<Cluster> all = new ArrayList<>(named.all());
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
     * A lone word joins the person it names; else, before "said" and naming no person of the document
     * ("Ahold said"), it is an organization; else it is a person of its own.
     */
    private static void addLoneWords(List<Mention> lone, PersonClusters people, NamedClusters named) {
        Map<String, List<Cluster>> byEndWord = people.byEndWord();
        for (Mention m : lone) {
            Cluster target = PersonClusters.nearest(byEndWord.getOrDefault(m.key(), List.of()), m);
            if (target != null) {
                target.add(m);
            } else if (m.type().equals(MentionFinder.PERSON_GUESS) && !people.namesPerson(m.key())) {
                named.addOrganization(m);
            } else {
                people.add(m);
            }
        }
    }

    /** "The Cuban leader" joins the last Cuban named before it; with none, it is dropped. */
    private static void addAnaphors(List<Mention> anaphors, PersonClusters people) {
        for (Mention m : anaphors) {
            Cluster target = people.lastOfCountry(m);
            if (target != null) {
                target.add(m);
            }
        }
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
}
