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
        /** The kind the first mention of the name with a settled kind has ({@link #sameNameSameKind}). */
        @Nullable
        String settled;
    }

    private final Map<String, Facts> facts;
    /**
     * The facts of each mention's name, by the mention's index: every name is looked up in the map once, and
     * the steps after the first read them from here (an unknown name's facts are empty, as the steps need).
     */
    private final Facts[] byMention;
    /** The kind of a table's entrants: person when the document has more people than organizations. */
    private final String entrant;

    private TypeSettler(List<Mention> mentions) {
        // room for the names and the words of people's names without a resize
        facts = new HashMap<>(Math.max(16, mentions.size() * 4));
        byMention = new Facts[mentions.size()];
        int people = 0;
        int teams = 0;
        for (int i = 0; i < byMention.length; i++) {
            Mention m = mentions.get(i);
            byMention[i] = factsOf(m.key());
            people += m.type().equals("person") ? 1 : 0;
            teams += m.type().equals("organization") ? 1 : 0;
            if (m.type().equals("organization")) {
                byMention[i].club = true;
            }
            if (isSure(m)) {
                learn(m, byMention[i]);
            }
        }
        entrant = people > teams ? "person" : "organization";
    }

    /** The mentions, in order, each with its settled kind. */
    static List<Mention> settle(List<Mention> mentions) {
        TypeSettler settler = new TypeSettler(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String type = settler.settled(m, settler.byMention[i]);
            out.add(type.equals(m.type()) ? m : m.withType(type));
        }
        return settler.sameNameSameKind(out);
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

    private void learn(Mention m, Facts f) {
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
    private String settled(Mention m, Facts f) {
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
    private List<Mention> sameNameSameKind(List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            String t = mentions.get(i).type();
            Facts f = byMention[i];
            if (f.settled == null
                    && (t.equals("person") || t.equals("organization") || t.equals("place") || t.equals("country"))) {
                f.settled = t;
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String k = m.type().equals(MentionFinder.UNKNOWN) ? byMention[i].settled : null;
            if (k != null && !k.equals("country")) {
                m = m.withType(k);
            }
            out.add(m);
        }
        return out;
    }
}
