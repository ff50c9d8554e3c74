package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who acts and who is acted upon around an event word, read from the positions of the actors' mentions in
 * one sentence: the subject (with the actors coordinated with it), a possessor ("X's visit"), the object in
 * the verb's clause, and the country each stands for.
 */
final class Sides {
    /** Words allowed between a country word and the name it qualifies ("Kyrgyz Prime Minister X"). */
    private static final int MODIFIER_WINDOW = 4;
    /** Words between "by" and the actor of a passive's agent ("by current Haitian government officials"). */
    private static final int AGENT_WINDOW = 4;

    /** An actor mention as a token range of one block. */
    record Mention(int from, int to, Actor actor) {}

    private final List<Token> tokens;
    private final List<Mention> ms;
    private final int start;
    /** The block's words as the lexicon numbered them (the sentence's and the one before it). */
    private final VerbLexicon.Starts words;
    /** The countries in actors' names. */
    private final NameCountries names;
    /**
     * What {@link #country} and {@link #onlyCountry} answered, by mention index: every event of the sentence
     * asks them again of the same mentions.
     */
    private final @Nullable String[] countries;

    private final boolean[] countryKnown;
    private @Nullable String only;
    private boolean onlyKnown;

    /**
     * @param ms the mentions of the sentence, in order
     * @param start the sentence's first token
     * @param words the block's words, numbered from the token before the sentence on
     */
    Sides(List<Token> tokens, List<Mention> ms, int start, VerbLexicon.Starts words, NameCountries names) {
        this.tokens = tokens;
        this.ms = ms;
        this.start = start;
        this.words = words;
        this.names = names;
        this.countries = new String[ms.size()];
        this.countryKnown = new boolean[ms.size()];
    }

    /**
     * The subject before the word: the nearest actor not inside a prepositional phrase (else the nearest one),
     * with the actors coordinated before it ("The US, Russia and Switzerland met").
     */
    List<Mention> subjects(int verb) {
        Mention nearest = null;
        Mention subject = null;
        for (int k = ms.size() - 1; k >= 0 && subject == null; k--) {
            Mention m = ms.get(k);
            if (m.to() > verb) {
                continue;
            }
            if (nearest == null) {
                nearest = m;
            }
            if (m.from() <= start || (kind(m.from() - 1) & EventWords.PREPOSITION) == 0) {
                subject = m;
            }
        }
        if (subject == null) {
            subject = nearest;
        }
        if (subject == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(subject);
        int idx = indexIn(ms, subject);
        for (int k = idx - 1; k >= 0; k--) {
            Mention prev = ms.get(k);
            Mention next = out.get(0);
            if (!coordinated(prev.to(), next.from())) {
                break;
            }
            out.add(0, prev);
        }
        return out;
    }

    /** Only ",", "and" between the two token positions, and at least one of them. */
    private boolean coordinated(int from, int to) {
        if (from >= to || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if ((kind(k) & EventWords.COORDINATOR) == 0) {
                return false;
            }
        }
        return true;
    }

    /** "Díaz-Canel's (state) visit": the actor right before "'s" and at most two words before the noun. */
    @Nullable
    Mention possessor(int verb) {
        for (int k = verb - 1; k >= Math.max(start, verb - 3); k--) {
            if ((kind(k) & EventWords.POSSESSIVE) != 0) {
                int end = k;
                return ms.stream().filter(m -> m.to() == end).findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * The actor acted upon: the first actor after the word and before {@code end} (the clause's end) that is
     * not a subject, a place where it happens only when no other is named; it may be of the subject's own country ("Georgian protesters attacked the Georgian
     * government").
     */
    @Nullable
    Mention object(int after, int end, List<Mention> subjects) {
        Mention place = null;
        for (Mention m : ms) {
            if (m.from() >= after && m.from() < end && indexIn(subjects, m) < 0) {
                if (!locative(m)) {
                    return m;
                }
                if (place == null) {
                    place = m; // "demonstrated in Lima against the government": the place only if nothing else
                }
            }
        }
        return place;
    }

    /** A place named after "in", "at", "near", "through" or "across": where the event happens, not whom it is aimed at. */
    private boolean locative(Mention m) {
        return m.actor().type().equals("place") && (kind(m.from() - 1) & EventWords.LOCATIVE_WORD) != 0;
    }

    /**
     * The agent of a passive: the actor of the noun phrase after "by" ("by a Ukrainian protester"), or after
     * "from" when the event was undergone ("came under fire from X").
     */
    @Nullable
    Mention agent(int after, int end, boolean from) {
        for (int k = after; k < end; k++) {
            if (lower(k).equals("by") || (from && lower(k).equals("from"))) {
                int by = k;
                return ms.stream()
                        .filter(m -> m.from() > by && m.from() <= by + AGENT_WINDOW && plainWords(by + 1, m.from()))
                        .findFirst()
                        .orElse(null);
            }
        }
        return null;
    }

    /**
     * What a complaint is about: an actor after "over", "against" or "about" in the clause, at most a few
     * words on ("over two Israeli air raids").
     */
    @Nullable
    Mention topic(int from, int end) {
        for (int k = from; k < end; k++) {
            if ((kind(k) & EventWords.TOPIC_WORD) != 0) {
                int at = k;
                return ms.stream()
                        .filter(m -> m.from() > at && m.from() <= at + AGENT_WINDOW && plainWords(at + 1, m.from()))
                        .findFirst()
                        .orElse(null);
            }
        }
        return null;
    }

    /** Only words between: no punctuation, no "to" that would start another verb phrase. */
    private boolean plainWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() || lower(k).equals("to")) {
                return false;
            }
        }
        return true;
    }

    /** The place of "in X" in the clause, whose authorities act in a passive arrest ("was arrested in X"). */
    @Nullable
    Mention placeIn(int after, int end) {
        for (Mention m : ms) {
            String type = m.actor().type();
            if (m.from() >= after
                    && m.from() < end
                    && lower(m.from() - 1).equals("in")
                    && (type.equals("place") || type.equals("country"))) {
                return m;
            }
        }
        return null;
    }

    /** A place or country after "in"/"to"/"at" between the subject and the word ("X arrived in Y for a visit"). */
    @Nullable
    Mention placeBetween(int from, int verb) {
        for (Mention m : ms) {
            String type = m.actor().type();
            if (m.from() >= from
                    && m.to() <= verb
                    && (kind(m.from() - 1) & EventWords.PLACE_WORD) != 0
                    && (type.equals("place") || type.equals("country"))) {
                return m;
            }
        }
        return null;
    }

    /** A named actor ends at most two words before the word, with no comma between ("X has visited"). */
    boolean subjectRightBefore(int verb) {
        for (Mention m : ms) {
            if (m.to() <= verb && verb - m.to() <= 2) {
                boolean comma = false;
                for (int k = m.to(); k < verb; k++) {
                    comma |= lower(k).equals(",");
                }
                if (!comma) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A generic actor noun ("the government", "police") right before the word, as its unnamed subject. */
    boolean agentNounBefore(int verb) {
        for (int k = verb - 1; k >= Math.max(start, verb - 4); k--) {
            if ((kind(k) & Clauses.AGENT) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a mention stands for: its actor's, else the country of a country word just before the name
     * ("Kyrgyz Prime Minister X", "Iraq's interim government"), else one named inside it ("Baghdad University").
     */
    @Nullable
    String country(Mention m) {
        if (m.actor().country() != null) {
            return m.actor().country();
        }
        int at = indexIn(ms, m);
        if (at < 0) {
            return countryOf(m, at);
        }
        if (!countryKnown[at]) {
            countries[at] = countryOf(m, at);
            countryKnown[at] = true;
        }
        return countries[at];
    }

    /** {@link #country} of mention {@code m} at index {@code at} of the sentence's (-1: none). */
    private @Nullable String countryOf(Mention m, int at) {
        for (int k = at - 1; k >= 0; k--) {
            Mention prev = ms.get(k);
            if (m.from() - prev.to() > MODIFIER_WINDOW) {
                break;
            }
            if (prev.actor().country() != null && qualifies(prev.to(), m.from())) {
                return prev.actor().country();
            }
        }
        // "ethnic Albanians in Serbia": a people's name does not give the country of a minority
        String named = lower(m.from() - 1).equals("ethnic") ? null : names.countryInName(m.actor(), false);
        return named != null || names.known(m.actor()) || names.international(m.actor()) ? named : onlyCountry();
    }

    /**
     * The country an event without a named target acts upon: the source's own, when it is the only country the
     * sentence names ("Egyptian demonstrators rioted", "the Kenyan minister declined to resign").
     */
    @Nullable
    String domestic(@Nullable String sourceCountry) {
        return sourceCountry != null && sourceCountry.equals(onlyCountry()) ? sourceCountry : null;
    }

    /**
     * The one country the sentence names, if it names exactly one: a person or group the gazetteer does not
     * know acts inside it ("opposition groups in X demanded that President Y resign").
     */
    @Nullable
    String onlyCountry() {
        if (!onlyKnown) {
            only = findOnlyCountry();
            onlyKnown = true;
        }
        return only;
    }

    private @Nullable String findOnlyCountry() {
        String only = null;
        for (Mention m : ms) {
            if (lower(m.from() - 1).equals("ethnic")) {
                continue;
            }
            // a group named by its people counts ("young Algerians"), a place's words do not ("Northern Ireland")
            String c = m.actor().country() != null ? m.actor().country() : names.countryInName(m.actor(), true);
            if (c == null) {
                continue;
            }
            if (only != null && !only.equals(c)) {
                return null;
            }
            only = c;
        }
        return only;
    }

    /** Only capitalized words (titles) and "'s" between: a qualifier of the name. */
    private boolean qualifies(int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (!(tokens.get(k).isCapitalized() || t.equals("'s") || t.equals("\u2019s") || t.equals("-"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the very mention stands in the list, -1 if not there. The mentions asked of are the sentence's own
     * or made for an actor named before (token -1), so identity tells what equality would, without comparing
     * the actors' every span.
     */
    private static int indexIn(List<Mention> list, Mention m) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == m) {
                return k;
            }
        }
        return -1;
    }

    private String lower(int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lower();
    }

    /** The kinds of token {@code k}'s word (a token the lexicon numbered); none outside the block. */
    private int kind(int k) {
        return k < 0 || k >= tokens.size() ? 0 : words.kinds(k);
    }
}
