package dev.corpus.quotes;

import dev.corpus.actors.Span;
import dev.corpus.nlp.Token;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech, one per sentence at most: "X said (that) …", "…, X argues.", "…, Guo adds, …",
 * "according to X, …" and "…, according to X.", "experts suggest …". A sentence counts only when the speaker
 * can be named (an actor, a pronoun, a role or an unnamed source) and the content is more than a few words.
 */
final class ReportedSpeech {
    private static final int MIN_WORDS = 4;
    /** The speaker of reported speech is named close to its cue. */
    private static final int MAX_SPEAKER_TOKENS = 8;
    /** "according to a civil complaint filed by the state of Vermont, …" */
    private static final int MAX_SOURCE_TOKENS = 16;
    /** "…, Sen. Jane Roe (D-Ore.) said." */
    private static final int MAX_AFTER_SPEAKER_TOKENS = 14;
    /** "…, Roe told The Huffington Post on Thursday." */
    private static final int MAX_TAIL = 6;
    /** "…, said the former ambassador to Cuba." */
    private static final int MAX_INVERTED_SPEAKER = 7;
    /** "told reporters on Tuesday that …": the words between "told" and "that". */
    private static final int MAX_TOLD_OBJECT = 10;

    private static final String ACCORDING = "according";

    private final List<Paragraph> paragraphs;
    private final SpeakerFinder speakers;
    private final CueLexicon cues;
    /** The direct quotes' spans by start, and the longest one's length (see {@link #overlapsDirect}). */
    private final List<Span> directByStart;

    private final int longestDirect;

    /** Where direct quotes start (code points), asked once per token of reported content. */
    private final java.util.Set<Integer> directStarts;

    private final Deadline deadline;

    ReportedSpeech(
            List<Paragraph> paragraphs,
            SpeakerFinder speakers,
            CueLexicon cues,
            List<Candidate> direct,
            Deadline deadline) {
        this.deadline = deadline;
        this.paragraphs = paragraphs;
        this.speakers = speakers;
        this.cues = cues;
        // plain loops, not streams: made once a page from a handful of quotes, where setting up the three
        // stream pipelines cost more than the work
        this.directStarts = new java.util.HashSet<>();
        List<Span> spans = new ArrayList<>(direct.size());
        int longest = direct.isEmpty() ? 0 : Integer.MIN_VALUE; // the longest span, 0 when there is none
        for (Candidate c : direct) {
            Span span = c.quote().span();
            if (c.quote().type().equals("direct")) {
                directStarts.add(span.start());
            }
            spans.add(span);
            longest = Math.max(longest, span.end() - span.start());
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start)); // stable, as the stream's sort was
        this.directByStart = spans;
        this.longestDirect = longest;
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            deadline.check();
            Candidate line = Transcripts.line(p, deadline);
            if (line != null) {
                out.add(line);
                continue;
            }
            for (int[] s : p.sentences) {
                deadline.check();
                Candidate q = inSentence(p, s[0], s[1]);
                if (q != null) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private Candidate inSentence(Paragraph p, int from, int to) {
        List<Token> t = p.tokens;
        int end = to;
        while (end > from && isEndPunctuation(t.get(end - 1))) {
            end--;
        }
        for (int c = from; c < end; c++) {
            if (isAccordingTo(t, c, end)) {
                Candidate q = accordingTo(p, from, end, c);
                if (q != null && !overlapsDirect(q.quote().span())) {
                    return q;
                }
                continue;
            }
            if (!cues.isCue(t, c, from) || insideMarks(p, c)) {
                continue;
            }
            // A cue whose content is a direct quote ("“…,” the mayor said, adding that …") leaves the
            // sentence to a later cue.
            Candidate q = cueAfterContent(p, from, end, c);
            if (q == null || overlapsDirect(q.quote().span())) {
                q = cueBeforeContent(p, from, end, c);
            }
            if (q != null && !overlapsDirect(q.quote().span())) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether "according to" starts at token {@code c}. Asked of every token: the length is compared first, as
     * {@code equalsIgnoreCase} does, and read from the token's offsets (its text is its chars between them), so
     * that the many tokens of another length are told without reading their text.
     */
    private static boolean isAccordingTo(List<Token> t, int c, int end) {
        Token w = t.get(c);
        return w.end() - w.start() == ACCORDING.length()
                && w.text().equalsIgnoreCase(ACCORDING)
                && c + 1 < end
                && t.get(c + 1).text().equalsIgnoreCase("to");
    }

    /** "…, Guo argues." / "…, said Guo." / "…, Guo adds, which is why …". */
    private Candidate cueAfterContent(Paragraph p, int from, int end, int cue) {
        List<Token> t = p.tokens;
        int comma = -1;
        for (int i = cue - 1; i > from && cue - i <= MAX_AFTER_SPEAKER_TOKENS; i--) {
            if (t.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        int tail = tailEnd(t, cue + 1, end);
        boolean cueEnds = tail >= end || t.get(tail).text().equals(",");
        if (comma > from && cueEnds && comma + 1 < cue) {
            // ", Guo argues." or ", Guo adds, …"; after ", X said Friday, …" the rest is no content
            SpeakerFinder.Named who = speakers.find(p, comma + 1, cue, cue, false);
            if (who != null) {
                int resume = tail == cue + 1 && cue + 1 < end ? cue + 2 : end;
                return quote(p, from, comma, resume, end, who, cue);
            }
        }
        if (comma == cue - 1 && comma > from) {
            // ", said Guo." — the speaker follows the cue up to the end of the sentence
            int stop = cue + 1;
            while (stop < end && !t.get(stop).text().equals(",") && stop - cue <= MAX_SPEAKER_TOKENS) {
                stop++;
            }
            if ((stop == end || t.get(stop).text().equals(",")) && nounPhrase(t, cue + 1, stop)) {
                SpeakerFinder.Named who = speakers.find(p, cue + 1, stop, cue, false);
                if (who != null) {
                    return quote(p, from, comma, stop < end ? stop + 1 : end, end, who, cue);
                }
            }
        }
        return null;
    }

    /**
     * Where the words after a closing cue end: ", Roe said Friday." / ", Roe told The Times on Thursday, …"
     * (a short tail of time, place or audience); {@code from} when the cue stands alone.
     */
    private int tailEnd(List<Token> t, int from, int end) {
        if (from >= end) {
            return from;
        }
        Token first = t.get(from);
        boolean audience = addressesAudience(t.get(from - 1).lower());
        if (!audience && !cues.isTimeWord(first) && !cues.isPreposition(first)) {
            return from; // "noted the clot's existence": an object, so no reporting clause
        }
        int i = from;
        while (i < end && i - from < MAX_TAIL && !t.get(i).text().equals(",")) {
            Token w = t.get(i);
            if (w.text().equalsIgnoreCase("that")
                    || cues.isVerb(w)
                    || cues.isAuxiliary(w)
                    || cues.isPronoun(w)
                    || QuotationMarks.isOpeningMark(w.text().charAt(0))) {
                return from;
            }
            i++;
        }
        return i >= end || t.get(i).text().equals(",") ? i : from;
    }

    /** "X said (that) …", "experts suggest …", "X told reporters that …". */
    private Candidate cueBeforeContent(Paragraph p, int from, int end, int cue) {
        int content = contentAfterCue(p, from, end, cue);
        if (content < 0) {
            return null;
        }
        SpeakerFinder.Named who = speakerBeforeCue(p, from, cue);
        if (who == null) {
            return null;
        }
        int stop = beforeDirectQuote(p, content, end);
        return quote(p, content, stop, stop, stop, who, cue);
    }

    /** Where the content a cue opens starts, or -1 when what follows the cue is none. */
    private int contentAfterCue(Paragraph p, int from, int end, int cue) {
        List<Token> t = p.tokens;
        String verb = t.get(cue).lower();
        int content = addressesAudience(verb) ? afterAudience(p, from, end, cue) : cue + 1;
        if (content < 0) {
            return -1;
        }
        content = afterTime(t, end, cue, content);
        if (content < end && cues.isPreposition(t.get(content))) {
            content = thatAfterPreposition(t, end, content);
        }
        return content < 0 ? -1 : contentAt(t, end, verb, content);
    }

    /** Whether a cue verb names its audience next ("told reporters …", "tells the forum …"). */
    private static boolean addressesAudience(String verb) {
        return verb.startsWith("tol") || verb.startsWith("tell");
    }

    /**
     * "told reporters on Tuesday that …", "told the forum he was …": the content starts after the audience, at
     * "that" or a pronoun; -1 when none comes close.
     */
    private int afterAudience(Paragraph p, int from, int end, int cue) {
        List<Token> t = p.tokens;
        int content = cue + 1;
        for (int i = content + 1; i < end && i - content <= MAX_TOLD_OBJECT; i++) {
            String w = t.get(i).text();
            if (w.equalsIgnoreCase("that")
                    || cues.isPronoun(t.get(i)) && !w.equalsIgnoreCase("it") && !insideMarks(p, i)) {
                return i;
            }
            if (w.equalsIgnoreCase("to") || cues.isCue(t, i, from)) {
                return -1; // "told him to leave" is no report
            }
        }
        return -1;
    }

    /** Past the time after a cue: "said Friday that …", "said on Tuesday the …", "said Friday, …". */
    private int afterTime(List<Token> t, int end, int cue, int content) {
        int i = content;
        while (i < end && cues.isTimeWord(t.get(i))) {
            i++;
        }
        return i < end && t.get(i).text().equals(",") && i > cue + 1 ? i + 1 : i;
    }

    /**
     * "says on its website that …": the content starts at "that"; -1 without one ("said in June 2012, citing …"
     * is a circumstance, no content).
     */
    private static int thatAfterPreposition(List<Token> t, int end, int preposition) {
        for (int i = preposition + 1; i < end && i - preposition <= MAX_TOLD_OBJECT; i++) {
            if (t.get(i).text().equalsIgnoreCase("that")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the content at {@code content} starts: after "that" (and a comma: "said that, …"), or at "that"
     * when a quote follows it ("said that “…”": a quote inside reported speech is reported speech); -1 when no
     * content can start there (a quote without "that", a word that cannot open a clause after {@code verb}).
     */
    private int contentAt(List<Token> t, int end, String verb, int content) {
        boolean that = content < end && t.get(content).text().equalsIgnoreCase("that");
        int start = content;
        if (that) {
            start++;
            if (start + 1 < end && t.get(start).text().equals(",")) {
                start++;
            }
        }
        boolean quoted =
                start < end && QuotationMarks.isOpeningMark(t.get(start).text().charAt(0));
        if (that && quoted) {
            return content;
        }
        if (start >= end
                || quoted
                || cues.cannotStartContent(
                        verb,
                        t.get(start).text(),
                        start + 1 < end ? t.get(start + 1).text() : null)
                || !t.get(start).isWord()) {
            return -1;
        }
        return start;
    }

    /**
     * The speaker named before a cue, in its clause: an appositive one ("Guo Rui, a professor at Jilin
     * University, said") from the clause's start, else close before the cue.
     */
    private SpeakerFinder.@org.jspecify.annotations.Nullable Named speakerBeforeCue(Paragraph p, int from, int cue) {
        List<Token> t = p.tokens;
        int clauseStart = clauseStart(t, from, cue);
        int speakerFrom = Math.max(clauseStart, cue - MAX_SPEAKER_TOKENS);
        SpeakerFinder.Named who = speakers.find(p, clauseStart, cue, cue, false);
        if (speakerFrom == clauseStart) {
            return who; // the clause starts close before the cue: the look close before it is this one again
        }
        if (who == null
                || who.span() == null
                || who.span().start() < p.cpStart(t.get(speakerFrom).start()) && !appositive(p, clauseStart, cue)) {
            who = speakers.find(p, speakerFrom, cue, cue, false);
        }
        return who;
    }

    /**
     * Where the clause holding the cue starts: after a ";" or a conjunction that opens a clause ("…, but
     * Shelby said"), so that the subject of an earlier clause is not taken for the speaker.
     */
    private int clauseStart(List<Token> t, int from, int cue) {
        for (int i = cue - 1; i > from; i--) {
            String w = t.get(i).text();
            if (w.equals(";") || cues.opensClause(t.get(i), t.get(i - 1).text())) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Where reported content ends when a direct quote of its own follows later in the sentence ("She said
     * X, and when pressed, she replied, “…”"): at the last comma before that quote; else {@code end}.
     */
    private int beforeDirectQuote(Paragraph p, int content, int end) {
        for (int k = content + 1; k < end; k++) {
            int at = p.cpStart(p.tokens.get(k).start());
            boolean quoteStarts = directStarts.contains(at);
            if (quoteStarts) {
                for (int i = k - 1; i > content; i--) {
                    if (p.tokens.get(i).text().equals(",")) {
                        return i;
                    }
                }
                return end;
            }
        }
        return end;
    }

    /** Whether a speaker after its cue is only a noun phrase ("said the minister"), not a clause. */
    private boolean nounPhrase(List<Token> t, int from, int to) {
        if (to - from > MAX_INVERTED_SPEAKER) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (cues.isVerb(w) || cues.isAuxiliary(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Guo Rui, a professor …, said": the subject, then an aside between commas, then the cue. */
    private static boolean appositive(Paragraph p, int from, int cue) {
        return cue > from && p.tokens.get(cue - 1).text().equals(",");
    }

    /** "According to X, …" or "…, according to X." */
    private Candidate accordingTo(Paragraph p, int from, int end, int at) {
        List<Token> t = p.tokens;
        if (at - from <= 1) {
            int comma = -1;
            for (int i = at + 2; i < end && i - at <= MAX_SOURCE_TOKENS + 2; i++) {
                if (t.get(i).text().equals(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            SpeakerFinder.Named who = source(p, at + 2, comma, at);
            return who == null ? null : quote(p, comma + 1, end, end, end, who, at, at + 2);
        }
        if (t.get(at - 1).text().equals(",")) {
            SpeakerFinder.Named who = source(p, at + 2, end, at);
            return who == null ? null : quote(p, from, at - 1, end, end, who, at, at + 2);
        }
        return null;
    }

    /**
     * Whoever "according to" names: a speaker as usual, else the whole phrase ("exit polls", "a civil
     * complaint filed by the S.E.C."), which is a source whatever its noun.
     */
    private SpeakerFinder.@org.jspecify.annotations.Nullable Named source(Paragraph p, int from, int to, int cue) {
        SpeakerFinder.Named who = speakers.find(p, from, to, cue, false);
        if (who != null || from >= to || to - from > MAX_SOURCE_TOKENS) {
            return who;
        }
        int start = p.tokens.get(from).start();
        int stop = p.tokens.get(to - 1).end();
        return new SpeakerFinder.Named(p.text.substring(start, stop), p.span(start, stop), false);
    }

    private Candidate quote(Paragraph p, int a1, int a2, int b1, int b2, SpeakerFinder.Named who, int cue) {
        return quote(p, a1, a2, b1, b2, who, cue, cue + 1);
    }

    /** Reported content {@code [a1, a2)} plus, for a cue in the middle, {@code [b1, b2)}. */
    private Candidate quote(
            Paragraph p, int a1, int a2, int b1, int b2, SpeakerFinder.Named who, int cueFrom, int cueTo) {
        String text = (p.slice(a1, a2) + " " + p.slice(b1, b2)).strip();
        if (QuoteExtractor.words(text, MIN_WORDS) < MIN_WORDS) {
            return null;
        }
        List<Token> t = p.tokens;
        int startChar = t.get(a1).start();
        int endChar = b2 > b1 ? t.get(b2 - 1).end() : t.get(a2 - 1).end();
        Span cueSpan = p.span(t.get(cueFrom).start(), t.get(cueTo - 1).end());
        Quote q = new Quote(
                text, "indirect", who.name(), p.slice(cueFrom, cueTo), p.span(startChar, endChar), who.span(), cueSpan);
        return new Candidate(q, who);
    }

    /**
     * Whether a direct quote covers most of {@code s} or {@code s} most of it. Direct quotes are sorted by
     * start, so only those starting before {@code s} ends, and not more than the longest one's length before
     * it starts, can overlap: asked once per reported-speech candidate, a scan of all of them was quadratic.
     */
    private boolean overlapsDirect(Span s) {
        int lo = 0;
        int hi = directByStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (directByStart.get(mid).start() < s.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && directByStart.get(i).start() >= s.start() - longestDirect; i--) {
            Span d = directByStart.get(i);
            int overlap = Math.min(s.end(), d.end()) - Math.max(s.start(), d.start());
            if (overlap * 2 > Math.min(s.end() - s.start(), d.end() - d.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} stands inside quotation marks (part of what someone says, not the report). */
    private static boolean insideMarks(Paragraph p, int i) {
        int at = p.tokens.get(i).start();
        for (QuotationMarks.Quoted q : p.marks) {
            if (at > q.open() && at < q.close()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is one that ends a sentence; each is one char, told from its offsets first. */
    private static boolean isEndPunctuation(Token t) {
        return t.end() - t.start() == 1 && isEndPunctuation(t.text());
    }

    private static boolean isEndPunctuation(String token) {
        return token.equals(".")
                || token.equals("!")
                || token.equals("?")
                || token.equals("\u201d")
                || token.equals("\"");
    }
}
