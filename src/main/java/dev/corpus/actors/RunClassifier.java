package dev.corpus.actors;

import static dev.corpus.actors.BlockTokens.ALL_CAPS;
import static dev.corpus.actors.BlockTokens.CAP;
import static dev.corpus.actors.BlockTokens.NAME;
import static dev.corpus.actors.BlockTokens.WORD;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The type of a capitalized name the gazetteer does not know, by its words and context: an event or day
 * ("World Cup", "Monday"), an adjective ("an armed Islamic group"), an organization by a kind noun ("retail
 * group Ahold") or a joiner ("House of Commons"), a person by a cue ("said", an age, a given name, an initial)
 * or by its shape (two to four words), a place by a preposition ("in Arad"), else unknown for
 * {@link TypeSettler} to settle across the document.
 */
final class RunClassifier {
    // grammar, not vocabulary: the function words that join the words of an organization's name
    private static final Set<String> ORG_JOINERS = Set.of("of", "for", "and", "&");

    private final Gazetteer gaz;
    private final BlockTokens w;

    RunClassifier(BlockTokens w, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
    }

    /** The name of tokens [s, e) in the sentence [a, b). */
    Found classify(int s, int e, int a, int b) {
        String name = w.joined(s, e);
        Found f = byOwnWords(s, e, b, name);
        if (f == null) {
            f = byPersonCues(s, e, b, name);
        }
        return f != null ? f : byPlaceOrSurname(s, e, a, b, name);
    }

    /**
     * What the name's own words and the nouns next to it tell: a miscellaneous name or adjective, an acronym,
     * an organization by its kind noun or a joiner (a place for "Republic of X"); null when they tell nothing.
     */
    private @Nullable Found byOwnWords(int s, int e, int b, String name) {
        if (hasMiscWord(s, e)
                || e - s == 1
                        && e < b
                        && Character.isLowerCase(w.text(e).codePointAt(0))
                        && adjectiveEnd(w.folded[s])) {
            return new Found("misc", null, name, s, e); // "an armed Islamic group": an adjective
        }
        if (e - s == 1 && w.is(s, ALL_CAPS)) {
            return new Found(MentionFinder.UNKNOWN, null, name, s, e); // an acronym names an organization more often
        }
        if (orgCue(s, e, b)) {
            return new Found("organization", null, name, s, e);
        }
        for (int k = s + 1; k < e - 1; k++) {
            if (ORG_JOINERS.contains(w.folded[k])) {
                // "House of Commons", "Guardians of the Cedars": people's names have no "of"; "Republic of X"
                boolean place = w.in(s, ListBits.OF_HEAD) && !w.folded[s].equals("house");
                return new Found(place ? "place" : "organization", null, name, s, e);
            }
        }
        return null;
    }

    private boolean hasMiscWord(int s, int e) {
        boolean misc = false;
        for (int k = s; k < e; k++) {
            misc |= w.foldIn(k, ListBits.MISC_WORD);
        }
        return misc;
    }

    /**
     * A person by a cue ("said" after, an age, a given name, an initial) or by the shape of two to four words
     * (weak without a cue); unknown for words the document also writes in lower case; null for neither.
     */
    private @Nullable Found byPersonCues(int s, int e, int b, String name) {
        boolean cue = e < b && w.foldIn(e, ListBits.PERSON_CUE);
        boolean age = e + 2 < b && w.text(e).equals(",") && twoDigits(w.text(e + 1));
        boolean given = gaz.givenNames.contains(w.fold[s]);
        boolean initial = e - s >= 3 && w.text(s).length() == 1 && w.text(s + 1).equals(".");
        boolean weak = !(cue || age || given || initial);
        if (weak && e - s >= 2 && e - s <= 4 && TableRows.countryNote(w.tokens, e, b, this::isCountry)) {
            weak = false; // "Hilde Gerg (Germany) 1:18.15": an entrant from a country is a person
        } else if (weak && hasCommonWord(s, e)) {
            // "Slaughter Steers", "Division Three": words the document also writes in lower case
            return new Found(MentionFinder.UNKNOWN, null, name, s, e);
        }
        if (e - s >= 2 && e - s <= 4 || cue || age || (given && e - s >= 2)) {
            boolean guess = e - s == 1 && cue && !age && !given;
            Found f = new Found(guess ? MentionFinder.PERSON_GUESS : "person", null, name, s, e);
            f.weak = weak;
            return f;
        }
        return null;
    }

    /**
     * A place by a preposition or place noun around it ("in Arad"), a person by a surname the gazetteer knows,
     * else unknown (an organization's guess for one word inside a sentence).
     */
    private Found byPlaceOrSurname(int s, int e, int a, int b, String name) {
        String[] folded = w.folded;
        boolean place = s > 0 && w.in(s - 1, ListBits.LOCATION_PREPOSITION)
                || s > 1 && folded[s - 1].equals("of") && w.in(s - 2, ListBits.PLACE_NOUN)
                || e < b && w.in(e, ListBits.PLACE_NOUN) && !w.is(e, CAP);
        if (place) {
            return new Found("place?", null, name, s, e);
        }
        if (e - s > 1 || !inside(s, a)) {
            return new Found(MentionFinder.UNKNOWN, null, name, s, e); // told without the large surname list
        }
        // "Obama": the last word of a person the gazetteer knows
        boolean surname = gaz.surnames.contains(folded[s]);
        return new Found(surname ? "person" : MentionFinder.ORG_GUESS, null, name, s, e);
    }

    /** A one-word name inside a sentence: no sentence's first word, no initial, common word or adjective. */
    private boolean inside(int s, int a) {
        return s > a
                && !w.isOpener(s - 1)
                && w.text(s).length() > 1
                && !w.isCommonWord(s)
                && !adjectiveEnd(w.folded[s]);
    }

    /**
     * Endings of adjectives and nationality words ("Islamic", "Marxist"): no guessed organization. Tested
     * with endsWith, not a regex: asked of most one-word names.
     */
    private boolean adjectiveEnd(String folded) {
        for (String end : gaz.adjectiveEnds) {
            if (folded.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** "34" in "John Smith, 34,": two ASCII digits. */
    private static boolean twoDigits(String s) {
        return s.length() == 2 && isAsciiDigit(s.charAt(0)) && isAsciiDigit(s.charAt(1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A word of the name (after its first) the document also writes in lower case, or a function word. */
    private boolean hasCommonWord(int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (w.is(k, WORD) && w.text(k).length() > 1 && w.isCommonWord(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountry(String form) {
        Gazetteer.Entry g = gaz.lookup(Gazetteer.key(form));
        return g != null && g.type().equals("country");
    }

    /**
     * A noun that tells the kind of organization right before or after the name: "retail group Ahold",
     * "Polish brewer Zywiec", "the Wen Hui Bao newspaper said".
     */
    private boolean orgCue(int s, int e, int b) {
        if (s > 0 && w.in(s - 1, ListBits.ORG_NOUN) && !w.is(s - 1, CAP)) {
            return true;
        }
        return e < b && w.in(e, ListBits.ORG_NOUN) && !w.is(e, CAP) && (e + 1 >= b || !w.is(e + 1, NAME));
    }
}
