package dev.corpus.quotes;

import dev.corpus.actors.Span;
import dev.corpus.nlp.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names the speaker of a quote from the words of its attribution: an actor mentioned there (a person
 * first), a pronoun ("he") or a definite role ("the ambassador") resolved to the person last named, or
 * the phrase of an unnamed source ("a former US Treasury official", "experts").
 */
final class SpeakerFinder {
    /** At most this many words after the determiner of a source named by a phrase: "the New York businessman". */
    private static final int MAX_PHRASE = 4;

    /** What a source named by a phrase starts with: "the union", "a spokesman", "his campaign". */
    private final CueLexicon cues;

    private final Speakers speakers;
    private final Antecedents antecedents;
    private final Clause clause;

    SpeakerFinder(CueLexicon cues, Speakers speakers, Antecedents antecedents, Clause clause) {
        this.cues = cues;
        this.speakers = speakers;
        this.antecedents = antecedents;
        this.clause = clause;
    }

    /**
     * A speaker as named in the text.
     *
     * @param person the name is a person's (an actor of type person)
     */
    record Named(String name, @Nullable Span span, boolean person) {}

    /** Resolves the speaker named in {@code [from, to)} of a paragraph, or null when nobody is named there. */
    @Nullable
    Named find(Paragraph p, int from, int to, int nearToken, boolean subjectFirst) {
        if (from >= to) {
            return null;
        }
        List<Token> t = p.tokens;
        int intro = clause.introEnd(t, from, to);
        Speakers.Mention subject = subject(p, from, to, intro);
        Named pronoun = pronoun(p, Math.max(from, intro), to);
        if (subject != null
                && (pronoun == null || subject.start() < pronoun.span().start())) {
            return new Named(subject.actor().name(), new Span(subject.start(), subject.end()), true);
        }
        if (pronoun != null) {
            return pronoun.name().isEmpty() ? null : pronoun;
        }
        // the best mention and the group noun are read only here: a subject or a pronoun names most speakers
        int cpFrom = p.cpStart(t.get(from).start());
        int cpTo = p.cpEnd(t.get(to - 1).end());
        int near = subjectFirst
                ? cpFrom
                : p.cpStart(t.get(Math.min(nearToken, t.size() - 1)).start());
        Speakers.Mention m = speakers.within(cpFrom, cpTo, near);
        int group = groupNoun(t, from, to);
        if (group >= intro && group >= 0) {
            return unnamed(p, from, group); // "the Vermont senator acknowledged", with names only in an aside
        }
        if (m != null && m.person()) {
            return new Named(m.actor().name(), new Span(m.start(), m.end()), true);
        }
        Named unknown = capitalizedName(p, from, to);
        if (unknown != null
                && (m == null
                        || unknown.span().end() <= m.start()
                        || unknown.span().start() >= m.end())) {
            return unknown;
        }
        if (m != null && (group < 0 || p.cpEnd(t.get(group).end()) <= m.start())) {
            return new Named(m.actor().name(), new Span(m.start(), m.end()), false);
        }
        if (group >= 0) {
            return unnamed(p, from, group);
        }
        return definitePhrase(p, from, to, nearToken);
    }

    /** A source named by a noun ("experts", "a senior official"); "the ambassador" is the person with that role. */
    private Named unnamed(Paragraph p, int from, int group) {
        List<Token> t = p.tokens;
        Token noun = t.get(group);
        if (definite(t, from, group)) {
            Speakers.Mention holder = speakers.personBefore(p.cpStart(noun.start()), noun.text());
            if (holder != null) {
                return new Named(holder.actor().name(), p.span(noun.start(), noun.end()), true);
            }
        }
        int start = phraseStart(t, from, group);
        return new Named(
                p.text.substring(t.get(start).start(), noun.end()),
                p.span(t.get(start).start(), noun.end()),
                false);
    }

    /** "the ambassador", "the former ambassador", "the Cuban ambassador". */
    private static boolean definite(List<Token> t, int from, int noun) {
        for (int k = noun - 1; k >= from && k >= noun - 3; k--) {
            Token w = t.get(k);
            if (w.text().equalsIgnoreCase("the")) {
                return true;
            }
            if (!w.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A noun phrase with a determiner right next to the cue ("the union wrote", "said the ruling", "the
     * announcer said"): in an attribution it names the source even when the noun is no known kind of source.
     */
    private @Nullable Named definitePhrase(Paragraph p, int from, int to, int cue) {
        List<Token> t = p.tokens;
        int a;
        int b;
        if (cue >= to) {
            b = to - 1;
            a = b;
            while (a > from && b - a < MAX_PHRASE && t.get(a).isWord() && !cues.isDeterminer(t.get(a))) {
                a--;
            }
        } else if (cue < from && from + 1 < to) {
            a = from;
            b = a + 1;
            while (b + 1 < to && b - a < MAX_PHRASE && t.get(b + 1).isWord()) {
                b++;
            }
        } else {
            return null;
        }
        if (a >= b || !cues.startsDescription(t.get(a).text())) {
            return null;
        }
        for (int k = a + 1; k <= b; k++) {
            Token w = t.get(k);
            if (!w.isWord()
                    || cues.isVerb(w)
                    || cues.isAuxiliary(w)
                    || cues.isPronoun(w)
                    || cues.isPreposition(w)
                    || cues.isDeterminer(w)) {
                return null;
            }
        }
        Token head = t.get(b);
        if (head.isCapitalized()) {
            return null; // "the White House" is a name the actor stage missed, not a kind of source
        }
        return new Named(
                p.text.substring(t.get(a).start(), head.end()), p.span(t.get(a).start(), head.end()), false);
    }

    /**
     * The first person named as a subject in {@code [from, to)} (see {@link Clause}), not inside quotation
     * marks; null when there is none.
     */
    private Speakers.@Nullable Mention subject(Paragraph p, int from, int to, int intro) {
        List<Token> t = p.tokens;
        int cpFrom = p.cpStart(t.get(from).start());
        int cpTo = p.cpEnd(t.get(to - 1).end());
        for (Speakers.Mention m : speakers.between(cpFrom, cpTo)) {
            int first = Clause.tokenAtCp(p, from, to, m.start());
            if (!m.person() || first >= to || Clause.quoted(p, t.get(first).start())) {
                continue;
            }
            int after = Clause.tokenAtCp(p, from, to, m.end());
            if (!clause.minor(t, from, intro, first, after) && !clause.modifier(t, from, first, after)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "he" or "she" outside quotation marks: the person it refers to (see {@link Antecedents}), with an
     * empty name when nobody fits.
     */
    @Nullable
    private Named pronoun(Paragraph p, int from, int to) {
        List<Token> t = p.tokens;
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            // "he" and "she" are two or three chars: other tokens are told from their offsets, text unread
            int length = tok.end() - tok.start();
            if (length != 2 && length != 3) {
                continue;
            }
            String w = tok.text();
            if ((w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she"))
                    && !Clause.quoted(p, t.get(i).start())) {
                Speakers.Mention before = antecedents.resolve(p.cpStart(t.get(i).start()), Genders.ofPronoun(w));
                Span at = p.span(t.get(i).start(), t.get(i).end());
                return new Named(before == null ? "" : before.actor().name(), at, true);
            }
        }
        return null;
    }

    /**
     * A name the actor stage did not know: two or more capitalized words in a row, titles and initials
     * included ("Rep. Elijah Cummings", "Mr. Burman"). Only read inside an attribution, where a name is
     * expected.
     */
    @Nullable
    private Named capitalizedName(Paragraph p, int from, int to) {
        List<Token> t = p.tokens;
        int bestFrom = -1;
        int bestTo = -1;
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && isNamePart(t, j)) {
                j++;
            }
            int words = 0;
            for (int k = i; k < j; k++) {
                words += t.get(k).isWord() ? 1 : 0;
            }
            if (words >= 2 && !cues.isDeterminer(t.get(i)) && (bestFrom < 0 || j - i > bestTo - bestFrom)) {
                bestFrom = i;
                bestTo = j;
            }
            i = Math.max(j, i + 1);
        }
        if (bestFrom < 0) {
            return null;
        }
        int start = t.get(bestFrom).start();
        int end = t.get(bestTo - 1).end();
        return new Named(p.text.substring(start, end), p.span(start, end), true);
    }

    private static boolean isNamePart(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.isWord()) {
            return tok.isCapitalized() && !tok.isAllCaps() || tok.text().length() <= 2 && tok.isAllCaps();
        }
        // the period of "Rep." or "J." between name words
        return tok.text().equals(".")
                && i > 0
                && t.get(i - 1).isWord()
                && t.get(i - 1).text().length() <= 4;
    }

    /** The last unnamed-source noun ("experts", "official") in the range, or -1. */
    private int groupNoun(List<Token> t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (cues.isGroup(t.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the noun phrase ending at {@code noun} starts: after the last punctuation or verb-like word. */
    private static int phraseStart(List<Token> t, int from, int noun) {
        int start = noun;
        while (start > from && start > noun - 5) {
            Token prev = t.get(start - 1);
            if (!prev.isWord() && !prev.text().equals("-")) {
                break;
            }
            if (prev.text().equalsIgnoreCase("and") || prev.text().equalsIgnoreCase("but")) {
                break;
            }
            start--;
        }
        return start;
    }
}
