package dev.corpus.nlp;

import static dev.corpus.nlp.DateParser.isDigit;

import dev.corpus.nlp.DateParser.Match;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The date search over one text. Running each pattern's {@link Matcher#find} tried every position of the text,
 * six times over, and again for the rest after each date found: most of the pipeline's date time. A match can
 * only start where its first part can ({@link DateStarts}), and each pattern is tried there only
 * ({@link Matcher#lookingAt}), skipping what a match that is no date covered, as {@code find} does: the same
 * matches, in the same order ({@link #plainFirst} is the reference).
 */
final class DateSearch {
    private final String text;
    private final DateStarts starts;
    private final Matcher[] matchers = new Matcher[DatePatterns.COUNT];

    /** The search over {@code text}, whose first digit is at {@code firstDigit}. */
    DateSearch(String text, int firstDigit) {
        this.text = text;
        this.starts = new DateStarts(text, firstDigit);
    }

    /** As {@link DateParser#find} on {@code text.substring(from)}, in offsets of the whole text. */
    @Nullable
    Match first(int from) {
        Match best = null;
        for (int p = 0; p < DatePatterns.COUNT; p++) {
            Match found = first(p, from);
            if (found != null && precedes(found, best)) {
                best = found;
            }
        }
        return best;
    }

    /**
     * {@link #first} the plain way, each pattern's {@link Matcher#find} loop over the rest of the text: the
     * reference the search's shortcuts are tested against.
     */
    static @Nullable Match plainFirst(String text, int from) {
        String rest = text.substring(from);
        Match best = null;
        for (int p = 0; p < DatePatterns.COUNT; p++) {
            Matcher m = DatePatterns.get(p).matcher(rest);
            while (m.find()) {
                String iso = DatePatterns.toIso(m, p);
                if (iso != null) {
                    Match found = new Match(m.start() + from, m.end() + from, iso);
                    best = precedes(found, best) ? found : best;
                    break;
                }
            }
        }
        return best;
    }

    /** Whether {@code a} is the one to give rather than {@code b}: leftmost, the longest when both start together. */
    private static boolean precedes(Match a, @Nullable Match b) {
        return b == null || a.start() < b.start() || a.start() == b.start() && a.end() > b.end();
    }

    /** Pattern {@code p}'s first match from {@code from} that is a date, as its {@code find} loop gives it. */
    private @Nullable Match first(int p, int from) {
        boolean byName = DatePatterns.opensWithName(p);
        int skip = from;
        if (!byName && continuesRun(from)) {
            Hit hit = at(p, from, from);
            if (hit != null) {
                if (hit.iso() != null) {
                    return hit.match();
                }
                skip = hit.end();
            }
        }
        for (int i = starts.indexFrom(skip); i < starts.count(); i++) {
            int pos = starts.position(i);
            if (pos < skip || !starts.allows(i, p) || byName && inWord(pos, from)) {
                continue;
            }
            Hit hit = at(p, from, pos);
            if (hit != null) {
                if (hit.iso() != null) {
                    return hit.match();
                }
                skip = hit.end();
            }
        }
        return null;
    }

    /**
     * Whether {@code from} is inside a run of digits: in the rest of the text, a digit at its start begins a run
     * even when the whole text's run began before.
     */
    private boolean continuesRun(int from) {
        return from > 0 && from < text.length() && isDigit(text.charAt(from)) && isDigit(text.charAt(from - 1));
    }

    /**
     * Whether the letter at {@code pos} goes on an ASCII word, so that the name patterns' opening word boundary
     * fails there (on every Java version: both chars are word chars whether the boundary reads Unicode or ASCII
     * word chars).
     */
    private boolean inWord(int pos, int from) {
        return pos > from && isAsciiWordChar(text.charAt(pos - 1)) && isAsciiWordChar(text.charAt(pos));
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Pattern {@code p} matched at {@code pos} as in the text from {@code from} on, or null. The patterns look
     * back one code point at most (a lookbehind, a word boundary), and a word boundary after a combining mark
     * looks back to its base letter: close to {@code from}, the rest of the text is matched on its own.
     */
    private @Nullable Hit at(int p, int from, int pos) {
        if (from > 0
                && (pos - from < 2 || Character.getType(text.codePointBefore(pos)) == Character.NON_SPACING_MARK)) {
            Matcher m = DatePatterns.get(p).matcher(text.substring(from)).useTransparentBounds(true);
            return lookingAt(m, p, pos - from, from);
        }
        return lookingAt(matcher(p), p, pos, 0);
    }

    /** The match of {@code m} at {@code pos} in its text, which starts at {@code offset} of the whole text. */
    private @Nullable Hit lookingAt(Matcher m, int p, int pos, int offset) {
        m.region(pos, text.length() - offset);
        return m.lookingAt() ? new Hit(m.start() + offset, m.end() + offset, DatePatterns.toIso(m, p)) : null;
    }

    /** Pattern {@code p}'s matcher over the whole text, made once. */
    private Matcher matcher(int p) {
        Matcher m = matchers[p];
        if (m == null) {
            m = DatePatterns.get(p).matcher(text).useTransparentBounds(true);
            matchers[p] = m;
        }
        return m;
    }

    /** A pattern's match: its ISO form, or null when it names no day that exists. */
    private record Hit(int start, int end, @Nullable String iso) {
        Match match() {
            return new Match(start, end, iso);
        }
    }
}
