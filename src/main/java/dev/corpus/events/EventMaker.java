package dev.corpus.events;

import dev.corpus.article.ArticleDate;
import dev.corpus.events.Sides.Mention;
import dev.corpus.nlp.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes the event of a candidate once its sides are known, and decides what is told of it beyond them: its
 * mode from the words before the head verb ("would", "will", "vowed"), the code of an act announced or made a
 * condition (a threat or an intent rather than the deed), the countries of its sides, the date nearest the
 * word, the place named around it, and the sentence as evidence with its code point span.
 */
final class EventMaker {
    private static final CameoCodes CODES = CameoCodes.DEFAULT;
    /** Tokens before an event word read for its mode. */
    private static final int MODE_WINDOW = 4;

    private EventMaker() {}

    static Event make(EventSentence s, Candidate c, String coded, @Nullable Mention src, @Nullable Mention tgt) {
        return make(s, c, coded, src, tgt, null);
    }

    /**
     * The event of candidate {@code c}: its head verb gives the mode, the event word itself the date and place;
     * {@code unnamedCountry} is the country of a source without a name ("the government"), when src is null.
     */
    static Event make(
            EventSentence s,
            Candidate c,
            String coded,
            @Nullable Mention src,
            @Nullable Mention tgt,
            @Nullable String unnamedCountry) {
        List<Token> tokens = s.tokens();
        int verb = c.head();
        String mode = mode(s, verb);
        boolean conditional = conditional(s, verb);
        // "will impose", "may halt ... if": an act announced for the future or made a condition
        String code = mode.equals("expected") || (mode.equals("hypothetical") && conditional)
                ? announced(coded, conditional)
                : coded;
        int verbChar = tokens.get(c.at()).start() - s.charStart();
        String srcCountry = src == null ? unnamedCountry : s.sides().country(src);
        // the hit's own code was resolved with the lexicon; a code made of it here (a threat, a rejection) is looked up
        CameoCodes.Resolved resolved = c.hit().resolved();
        CameoCodes.Resolved codes = resolved != null && code.equals(c.hit().code()) ? resolved : CODES.of(code);
        return new Event(
                code,
                codes.label(),
                src == null ? null : src.actor().name(),
                tgt == null ? null : tgt.actor().name(),
                srcCountry,
                tgt == null ? s.sides().domestic(srcCountry) : s.sides().country(tgt),
                nearest(s.dates(), verbChar),
                location(s, c.at()),
                s.evidence(),
                s.span(),
                mode,
                codes.plover(),
                codes.goldstein());
    }

    /**
     * An act announced for the future, as CAMEO coders read it: cooperation ("will give", "is willing to
     * withdraw") is an intent to cooperate (03x), a coercive act ("will impose a curfew") or any act made
     * conditional ("will withdraw unless") a threat (13x), unless it is a demand, criticism or refusal; meetings
     * stay meetings ("will meet" is 040).
     */
    private static String announced(String code, boolean conditional) {
        String root = code.substring(0, 2);
        // demands, criticism and refusals stay what they are ("will not accept refugees if war starts")
        boolean verbal = root.compareTo("10") >= 0 && root.compareTo("12") <= 0;
        if (conditional && root.compareTo("05") >= 0 && !verbal) {
            return "130";
        }
        return switch (root) {
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "16" -> "131";
            case "17" -> "130";
            case "18", "19", "20" -> "138";
            default -> code;
        };
    }

    /** "unless" or "if" after the word: the act is made a condition ("will withdraw unless ..."). */
    private static boolean conditional(EventSentence s, int verb) {
        for (int k = verb + 1; k < s.end(); k++) {
            if ((s.kind(k) & EventWords.CONDITION) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String mode(EventSentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.start(), verb - MODE_WINDOW); k--) {
            int kind = s.kind(k);
            if ((kind & EventWords.HYPOTHETICAL) != 0) {
                return "hypothetical";
            }
            if ((kind & EventWords.EXPECTED) != 0) {
                return "expected";
            }
        }
        return "asserted";
    }

    private static @Nullable ArticleDate nearest(List<EventDates.Found> dates, int at) {
        EventDates.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventDates.Found f : dates) {
            int d = f.start() >= at ? f.start() - at : at - f.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best == null ? null : best.date();
    }

    /** "in Havana", "to Pyongyang": the first place or country after the word, else before it. */
    private static @Nullable String location(EventSentence s, int verb) {
        String before = null;
        for (Mention m : s.mentions()) {
            String type = m.actor().type();
            if (!(type.equals("place") || type.equals("country"))
                    || (s.kind(m.from() - 1) & EventWords.PLACE_WORD) == 0) {
                continue;
            }
            if (m.from() > verb) {
                return m.actor().name();
            }
            before = m.actor().name();
        }
        return before;
    }
}
