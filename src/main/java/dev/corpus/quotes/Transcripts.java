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
        Matcher m = SPEAKER.matcher(text);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The paragraph as a transcript line, or null; the pattern reads it through the deadline's guard. */
    static @Nullable Candidate line(Paragraph p, Deadline deadline) {
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
        if (QuoteExtractor.words(content) < MIN_WORDS) {
            return null;
        }
        Span speakerSpan = p.span(m.start(1), m.end(1));
        Span colon = p.span(m.end(1), m.end(1) + 1);
        SpeakerFinder.Named who = new SpeakerFinder.Named(m.group(1), speakerSpan, false);
        return new Candidate(
                new Quote(content, "indirect", who.name(), ":", p.span(from, to), speakerSpan, colon), who);
    }
}
