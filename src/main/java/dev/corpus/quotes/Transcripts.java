package dev.corpus.quotes;

import dev.corpus.actors.Span;
import dev.corpus.util.Deadline;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Transcript lines: "WALLACE: Let's start with the debate." A speaker's name in capitals and a colon at the
 * start of a paragraph (after an opening quotation mark, if any) attribute the rest of it.
 */
final class Transcripts {
    /** One to three words in capitals, then a colon: "PENCE:", "MR. TRUMP:", "O'REILLY:". */
    private static final Pattern SPEAKER = Pattern.compile(
            "^[\"\u201c\u2018']?\\s?(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,2}):\\s+(?=\\S)");

    private static final int MIN_WORDS = 3;

    private Transcripts() {}

    /** The speaker's name if {@code text} starts like a transcript line, else null. */
    static @Nullable String speaker(CharSequence text) {
        if (!mayStart(text)) {
            return null;
        }
        Matcher m = SPEAKER.matcher(text);
        return m.lookingAt() ? m.group(1) : null;
    }

    /**
     * Whether {@link #SPEAKER} can match: its name starts within the first three chars (after a mark and a
     * space) with a capital and a second capital, period, apostrophe or hyphen. Most paragraphs ("The …")
     * are told so without a matcher.
     */
    private static boolean mayStart(CharSequence text) {
        for (int k = 0; k < 3 && k < text.length(); k++) {
            int c = Character.codePointAt(text, k);
            int next = k + Character.charCount(c);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && next < text.length()) {
                int d = Character.codePointAt(text, next);
                if (Character.getType(d) == Character.UPPERCASE_LETTER || d == '.' || d == '\'' || d == '-') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The paragraph as a transcript line, or null; the pattern reads it through the deadline's guard. */
    static @Nullable Candidate line(Paragraph p, Deadline deadline) {
        if (!mayStart(p.text)) {
            return null;
        }
        Matcher m = SPEAKER.matcher(deadline.guard(p.text));
        if (!m.lookingAt()) {
            return null;
        }
        int from = m.end();
        int to = p.text.length();
        while (to > from && "\"\u201d\u2019' ".indexOf(p.text.charAt(to - 1)) >= 0) {
            to--;
        }
        String content = p.text.substring(from, to);
        if (QuoteExtractor.words(content, MIN_WORDS) < MIN_WORDS) {
            return null;
        }
        Span speakerSpan = p.span(m.start(1), m.end(1));
        Span colon = p.span(m.end(1), m.end(1) + 1);
        SpeakerFinder.Named who = new SpeakerFinder.Named(m.group(1), speakerSpan, false);
        return new Candidate(
                new Quote(content, "indirect", who.name(), ":", p.span(from, to), speakerSpan, colon), who);
    }
}
