package dev.corpus.quotes;

import dev.corpus.nlp.Token;
import java.util.List;

/**
 * Where a name stands in its clause, read from the words around it: a subject names who speaks or whom a
 * pronoun means; a name in an opening phrase ("On The X Show, …"), after a preposition ("with Matthews") or
 * as a possessive ("Trump’s plan") rarely does. Names inside quotation marks are what someone said.
 */
final class Clause {
    private final CueLexicon cues;

    Clause(CueLexicon cues) {
        this.cues = cues;
    }

    /** Where an opening phrase ("On Tuesday,", "Speaking to reporters,") of {@code [from, to)} ends, or {@code from}. */
    int introEnd(List<Token> t, int from, int to) {
        if (from >= to) {
            return from;
        }
        String first = t.get(from).text();
        boolean opener = cues.isPreposition(t.get(from))
                || cues.opensIntroduction(first)
                || first.length() > 5 && first.endsWith("ing");
        if (!opener) {
            return from;
        }
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).text().equals(",")) {
                return i;
            }
        }
        return from;
    }

    /**
     * Whether the name on tokens {@code [first, after)} is not a subject: inside the opening phrase ending at
     * {@code intro}, after a preposition, or a possessive.
     */
    boolean minor(List<Token> t, int from, int intro, int first, int after) {
        boolean possessive = after < t.size()
                && (t.get(after).text().startsWith("'") || t.get(after).text().startsWith("\u2019"));
        return first < intro || possessive || afterPreposition(t, from, first);
    }

    /**
     * Whether the name on tokens {@code [first, after)} only modifies a noun: "the Clinton campaign", "The
     * Republican presidential nominee". Such a phrase names no person.
     */
    boolean modifier(List<Token> t, int from, int first, int after) {
        if (first <= from || after >= t.size() || !cues.isDeterminer(t.get(first - 1))) {
            return false;
        }
        Token next = t.get(after);
        return next.isWord()
                && Character.isLowerCase(next.text().charAt(0))
                && !cues.isVerb(next)
                && !cues.isAuxiliary(next);
    }

    /** Whether the name starting at token {@code i} is the object of a preposition ("with Matthews"). */
    private boolean afterPreposition(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            Token w = t.get(k);
            if (cues.isPreposition(w)) {
                return true;
            }
            if (!(w.isCapitalized() || w.text().equals(".") || cues.isDeterminer(w))) {
                return false;
            }
        }
        return false;
    }

    /** Whether char {@code at} of the paragraph is inside quotation marks. */
    static boolean quoted(Paragraph p, int at) {
        for (QuotationMarks.Quoted q : p.marks) {
            if (at > q.open() && at < q.close()) {
                return true;
            }
        }
        return false;
    }

    /** The first token of {@code [from, to)} that starts at or after code point {@code cp}, or {@code to}. */
    static int tokenAtCp(Paragraph p, int from, int to, int cp) {
        // a binary search: tokens are in text order, and it is asked twice for each mention of a sentence
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p.cpStart(p.tokens.get(mid).start()) >= cp) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
