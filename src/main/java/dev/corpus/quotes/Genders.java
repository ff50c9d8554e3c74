package dev.corpus.quotes;

import dev.corpus.actors.Actor;
import dev.corpus.util.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a person is known to be a man or a woman, from {@code genders.txt}: an honorific or gendered role
 * the article gives them ("Mr.", "Congresswoman"), else their given name. Only used to rule out a person
 * as the referent of "he" or "she", never to name anybody.
 */
final class Genders {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    enum Gender {
        MALE,
        FEMALE,
        UNKNOWN;

        /** Whether a person of this gender can be what a pronoun of gender {@code pronoun} refers to. */
        boolean fits(Gender pronoun) {
            return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
        }
    }

    static final Genders DEFAULT = new Genders(Resources.lines("/dev/corpus/quotes/genders.txt"));

    private final Map<String, Gender> words = new HashMap<>();

    private Genders(List<String> lines) {
        Gender section = Gender.UNKNOWN;
        for (String line : lines) {
            if (line.equals("[male]") || line.equals("[female]")) {
                section = line.equals("[male]") ? Gender.MALE : Gender.FEMALE;
                continue;
            }
            for (String w : line.toLowerCase(Locale.ROOT).split("\\s+")) {
                words.put(w, section);
            }
        }
    }

    /** The gender of a subject pronoun ("he", "she"); UNKNOWN for any other word. */
    static Gender ofPronoun(String word) {
        if (word.length() != 2 && word.length() != 3) {
            return Gender.UNKNOWN;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /** A person's gender: roles and honorifics first, then the first word of the name or an alias. */
    Gender of(Actor a) {
        for (String role : a.roles()) {
            for (String w : wordsOf(role)) {
                Gender g = word(w);
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        Gender g = firstWord(a.name());
        if (g != Gender.UNKNOWN) {
            return g;
        }
        for (String alias : a.aliases()) {
            g = firstWord(alias);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender firstWord(String name) {
        String[] w = wordsOf(name);
        return w.length == 0 ? Gender.UNKNOWN : word(w[0]);
    }

    private Gender word(String w) {
        return words.getOrDefault(w.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static String[] wordsOf(String s) {
        String t = s.replace(".", " ").strip();
        return t.isEmpty() ? new String[0] : WHITESPACE.split(t);
    }
}
