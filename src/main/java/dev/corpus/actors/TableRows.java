package dev.corpus.actors;

import dev.corpus.nlp.Token;
import java.util.List;

/**
 * Rows of results tables and score lines ("Leeds 21 11 6 4 38 20 39", "Goias 1 Gremio 3", "Stefanel Milan
 * (Italy) 9 6 3 15"): the name before the numbers is an entrant. A team named for its city is a club, not
 * the place; a country stays a country (national sides), and a person with a given name stays a person.
 */
final class TableRows {
    /** A two-to-four-word entrant with no given name: a person in a table of people, else a team. */
    static final String ENTRANT = "entrant";

    private TableRows() {}

    /** Whether a number follows the name ending at {@code end}, possibly after a bracketed note. */
    static boolean isEntrant(List<Token> t, int end, int b) {
        int k = end;
        if (k < b && t.get(k).text().equals("(")) {
            while (k < b && !t.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        return k < b && Character.isDigit(t.get(k).text().codePointAt(0));
    }

    /** The type of an entrant that was found as {@code type}. */
    static String entrantType(String type, boolean weakPerson) {
        return switch (type) {
            case "place", "place?", MentionFinder.UNKNOWN -> "organization";
            case "person" -> weakPerson ? ENTRANT : "person";
            default -> type;
        };
    }
}
