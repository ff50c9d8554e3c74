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

    /**
     * Whether a number follows the name ending at {@code end}, possibly after a bracketed note, or the name
     * has a bracketed number of its own ("Lazio (12) v Roma (7)"). A date is no score: "HOBART, Australia
     * 1996-12-06" is a dateline.
     */
    static boolean isEntrant(List<Token> t, int end, int b) {
        int k = end;
        if (k < b && t.get(k).text().equals("(")) {
            if (k + 2 < b && isScore(t.get(k + 1).text()) && t.get(k + 2).text().equals(")")) {
                return true;
            }
            while (k < b && !t.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        return k < b && isScore(t.get(k).text());
    }

    /** Whether "(Country)" follows the name ending at {@code end}. */
    static boolean countryNote(List<Token> t, int end, int b, java.util.function.Predicate<String> isCountry) {
        if (end + 2 >= b || !t.get(end).text().equals("(")) {
            return false;
        }
        int k = end + 1;
        StringBuilder name = new StringBuilder();
        while (k < b && !t.get(k).text().equals(")") && k - end <= 4) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(t.get(k).text());
            k++;
        }
        return k < b && t.get(k).text().equals(")") && isCountry.test(name.toString());
    }

    private static boolean isScore(String token) {
        return Character.isDigit(token.codePointAt(0)) && !isDate(token);
    }

    /** "1996-12-06", "12/16/1996": tokens the tokenizer keeps whole. */
    static boolean isDate(String token) {
        int seps = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '-' || c == '/') {
                seps++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return seps == 2 && token.length() >= 8;
    }

    /** The type of an entrant that was found as {@code type}. */
    static String entrantType(String type, boolean weakPerson) {
        return switch (type) {
            case "place", "place?" -> "organization";
            case MentionFinder.UNKNOWN, MentionFinder.ORG_GUESS -> ENTRANT;
            case "person", MentionFinder.PERSON_GUESS -> weakPerson ? ENTRANT : "person";
            default -> type;
        };
    }
}
