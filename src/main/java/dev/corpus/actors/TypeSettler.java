package dev.corpus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settles the kinds the name rules left open, across one document: a name takes the kind its surely typed
 * mentions give it most firmly (organization over the rest, else the first), a word of a person's name is a
 * person, a place that is a team somewhere is that team, a table's entrants are people or teams as the
 * document's mentions mostly are, and a name still unknown takes the kind its other mentions were given.
 */
final class TypeSettler {

    /** What the document's mentions say about one folded name or word. */
    private static final class Facts {
        /** The kind a surely typed mention gives it: the first, or organization once any says so. */
        @Nullable
        String known;
        /** A word of a surely typed person's name. */
        boolean personWord;
        /** The name of an organization somewhere in the document. */
        boolean club;
    }

    private final Map<String, Facts> facts = new HashMap<>();
    /** The kind of a table's entrants: person when the document has more people than organizations. */
    private final String entrant;

    private TypeSettler(List<Mention> mentions) {
        int people = 0;
        int teams = 0;
        for (Mention m : mentions) {
            people += m.type().equals("person") ? 1 : 0;
            teams += m.type().equals("organization") ? 1 : 0;
            if (m.type().equals("organization")) {
                factsOf(m.key()).club = true;
            }
            if (isSure(m)) {
                learn(m);
            }
        }
        entrant = people > teams ? "person" : "organization";
    }

    /** The mentions, in order, each with its settled kind. */
    static List<Mention> settle(List<Mention> mentions) {
        TypeSettler settler = new TypeSettler(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String type = settler.settled(m);
            out.add(type.equals(m.type()) ? m : m.withType(type));
        }
        return sameNameSameKind(out);
    }

    /** Whether the name rules gave the mention a sure kind (no guess, no anaphor). */
    private static boolean isSure(Mention m) {
        String t = m.type();
        return !t.equals(MentionFinder.UNKNOWN)
                && !t.equals(MentionFinder.UNKNOWN_CAPS)
                && !t.equals(MentionFinder.ORG_GUESS)
                && !t.equals(MentionFinder.PERSON_GUESS)
                && !t.equals("place?")
                && !t.equals(TableRows.ENTRANT)
                && !m.anaphor();
    }

    private void learn(Mention m) {
        Facts f = factsOf(m.key());
        if (f.known == null || m.type().equals("organization")) {
            f.known = m.type(); // a name typed ORG once stays ORG
        }
        if (m.type().equals("person")) {
            for (String w : m.key().split(" ")) {
                factsOf(w).personWord = true;
            }
        }
    }

    private Facts factsOf(String key) {
        return facts.computeIfAbsent(key, k -> new Facts());
    }

    /** The kind of one mention, its steps in this order (one step's outcome can be the next one's input). */
    private String settled(Mention m) {
        Facts f = facts.get(m.key());
        if (f == null) {
            f = new Facts(); // the document says nothing about it (a fresh one: Facts is mutable)
        }
        String type = m.type();
        if (type.equals(TableRows.ENTRANT)) {
            type = entrant(m, f);
        }
        if (type.equals("place") && f.club) {
            type = "organization"; // "Lazio (12) v Roma (7)": Roma is that team throughout
        }
        if (type.equals(MentionFinder.PERSON_GUESS)) {
            type = f.known != null && !f.known.equals("person") ? f.known : MentionFinder.PERSON_GUESS;
        }
        if (type.equals(MentionFinder.ORG_GUESS)) {
            // one unknown word inside a sentence, with no cue to its kind: most often a company, club or
            // body (people come with given names or titles, places after "in")
            type = f.known != null ? f.known : f.personWord ? "person" : "organization";
        }
        boolean caps = type.equals(MentionFinder.UNKNOWN_CAPS);
        if (caps) {
            type = MentionFinder.UNKNOWN;
        }
        if (type.equals(MentionFinder.UNKNOWN) || type.equals("place?")) {
            return unknown(type, caps, m, f);
        }
        if (type.equals("person") && f.known != null && !f.known.equals("person") && !m.anaphor()) {
            return f.known; // a name the document types otherwise, read as a person once
        }
        return type;
    }

    /** A table's entrant: one word ("Parma (14) v Verona (17)") is a team unless it names a person. */
    private String entrant(Mention m, Facts f) {
        if (f.personWord || "person".equals(f.known)) {
            return "person";
        }
        return m.text().indexOf(' ') < 0 ? "organization" : entrant;
    }

    /** An unknown name, or a place by its position only, when the document does not type it otherwise. */
    private static String unknown(String type, boolean caps, Mention m, Facts f) {
        if (f.known != null) {
            return f.known;
        }
        if (f.personWord) {
            return "person";
        }
        if (type.equals("place?")) {
            return "place";
        }
        if (NamedClusters.isAcronym(m.text()) && !caps) {
            return "organization"; // an acronym the gazetteer does not know
        }
        return type;
    }

    /**
     * A name still untyped (at a sentence start, in a capital-letter headline) takes the kind its other
     * mentions were given: "Parma may field..." after "a match against Parma".
     */
    private static List<Mention> sameNameSameKind(List<Mention> mentions) {
        Map<String, String> settled = new HashMap<>();
        for (Mention m : mentions) {
            String t = m.type();
            if (t.equals("person") || t.equals("organization") || t.equals("place") || t.equals("country")) {
                settled.putIfAbsent(m.key(), t);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String k = m.type().equals(MentionFinder.UNKNOWN) ? settled.get(m.key()) : null;
            if (k != null && !k.equals("country")) {
                m = m.withType(k);
            }
            out.add(m);
        }
        return out;
    }
}
