package dev.corpus.quotes;

import dev.corpus.actors.Span;
import dev.corpus.nlp.Token;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Quotes in quotation marks. A quote is kept when the text attributes it ("…,” he said; X said: “…”; a
 * colon after a sentence naming its speaker), or when it is a full sentence of its own; otherwise the marks
 * are scare quotes or a name as printed. A quote split by its attribution ("…,” Guo said, “…”) is one
 * quote; one that runs over paragraphs (an opening mark on each) is one quote.
 */
final class DirectQuotes {
    private static final java.util.regex.Pattern TRAILING_QUOTES =
            java.util.regex.Pattern.compile("[\"'\u2019\u201d]+$");
    /** A quote with no attribution must be this long to be a quote rather than a scare quote or a title. */
    private static final int MIN_UNATTRIBUTED_WORDS = 8;
    /** Even an attributed quote needs a few words ("Comrade X" as printed is a name, not a quote). */
    private static final int MIN_WORDS = 3;
    /** A printed name ("Comrade Raul Castro Ruz") has at most this many words. */
    private static final int MAX_NAME_WORDS = 6;
    /** An attribution after a closing mark is short: ", Rep. Jane Roe (D-Ore.), the head of X, said." */
    private static final int AFTER_TOKENS = 20;
    /**
     * At most this many tokens between the pieces of a split quote: "“…,” said Jane Roe, head of the
     * ferry board. “…”".
     */
    private static final int SPLIT_TOKENS = 30;
    /** How far before an opening mark its cue may stand: "said on Tuesday that: “". */
    private static final int BEFORE_TOKENS = 6;

    private final List<Paragraph> paragraphs;
    private final SpeakerFinder speakers;
    private final CueLexicon cues;
    private final Deadline deadline;

    DirectQuotes(List<Paragraph> paragraphs, SpeakerFinder speakers, CueLexicon cues, Deadline deadline) {
        this.deadline = deadline;
        this.paragraphs = paragraphs;
        this.speakers = speakers;
        this.cues = cues;
    }

    /** One piece of a quote's content, inside the marks of one paragraph. */
    private record Piece(Paragraph p, int open, int close) {
        String content() {
            return p.text.substring(open + 1, Math.min(close, p.text.length())).strip();
        }
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        List<Piece> running = new ArrayList<>();
        SpeakerFinder.Named lastSpeaker = null;
        for (Paragraph p : paragraphs) {
            deadline.check();
            List<QuotationMarks.Quoted> marks = p.marks;
            int first = 0;
            if (!running.isEmpty()) {
                boolean continues = !marks.isEmpty() && marks.get(0).open() == 0;
                if (continues) {
                    QuotationMarks.Quoted q = marks.get(0);
                    running.add(new Piece(p, q.open(), q.close()));
                    first = 1;
                    if (!q.closed()) {
                        continue;
                    }
                }
                lastSpeaker = emit(running, out, lastSpeaker);
                running = new ArrayList<>();
            }
            List<List<Piece>> quotes = new ArrayList<>();
            for (int i = first; i < marks.size(); i++) {
                deadline.check();
                QuotationMarks.Quoted q = marks.get(i);
                Piece piece = new Piece(p, q.open(), q.close());
                List<Piece> previous = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
                if (previous != null && splitByAttribution(p, previous.get(previous.size() - 1), piece)) {
                    previous.add(piece);
                } else if (!q.closed()) {
                    running.add(piece);
                } else {
                    quotes.add(new ArrayList<>(List.of(piece)));
                }
            }
            for (List<Piece> q : quotes) {
                lastSpeaker = emit(q, out, lastSpeaker);
            }
        }
        if (!running.isEmpty()) {
            emit(running, out, lastSpeaker);
        }
        return out;
    }

    /** "“We will,” Guo said, “and soon.”": only an attribution clause stands between the two pieces. */
    private boolean splitByAttribution(Paragraph p, Piece before, Piece after) {
        int from = p.tokenAt(before.close() + 1);
        int to = p.tokenAt(after.open());
        if (to - from > SPLIT_TOKENS || from >= to) {
            return false;
        }
        String content = TRAILING_QUOTES.matcher(before.content()).replaceAll("");
        boolean comma = p.tokens.get(from).text().equals(",") || content.endsWith(",");
        return comma && cueIn(p, from, to) >= 0;
    }

    private SpeakerFinder.@Nullable Named emit(
            List<Piece> pieces, List<Candidate> out, SpeakerFinder.@Nullable Named last) {
        Piece first = pieces.get(0);
        Piece end = pieces.get(pieces.size() - 1);
        StringBuilder text = content(pieces);
        // the count is compared with MIN_UNATTRIBUTED_WORDS at most (MIN_WORDS and MAX_NAME_WORDS are fewer)
        int words = QuoteExtractor.words(text.toString(), MIN_UNATTRIBUTED_WORDS);
        Attribution a = attribution(first, end, pieces);
        if (!standsAlone(text, words, a, first)) {
            return last; // a quoted phrase inside reported speech is that speech's; a transcript line is reported
        }
        // the speaker is read only for a quote that is kept
        SpeakerFinder.Named speaker = a == null
                ? null
                : speakers.find(a.paragraph(), a.speakerFrom(), a.speakerTo(), a.cueToken(), a.subjectFirst());
        if (a == null && pieces.size() > 1) {
            speaker = last; // a quote over several paragraphs goes on with the same speaker
        }
        out.add(new Candidate(quote(text, first, end, a, speaker), speaker));
        return speaker != null ? speaker : last;
    }

    /** The pieces' quoted words, joined by a space. */
    private static StringBuilder content(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            String c = piece.content();
            if (!c.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(c);
            }
        }
        return text;
    }

    /**
     * Whether quoted {@code text} of {@code words} words is a quote of its own: attributed, or a full sentence
     * that stands outside the writer's; neither a name nor a transcript's line.
     */
    private static boolean standsAlone(StringBuilder text, int words, @Nullable Attribution a, Piece first) {
        boolean fullSentence = words >= MIN_UNATTRIBUTED_WORDS && endsLikeSentence(text);
        boolean standalone = a != null || (fullSentence && !embedded(first));
        return words >= MIN_WORDS
                && standalone
                && !looksLikeName(text.toString(), words)
                && Transcripts.speaker(text) == null;
    }

    /**
     * The quote from {@code first} to {@code end}. "The country “has made dramatic changes,” he said.": words of
     * the speaker's own inside a sentence of the writer's, a mixed quote, is reported speech from the sentence's
     * start ({@code text} then gets that start).
     */
    private static Quote quote(
            StringBuilder text,
            Piece first,
            Piece end,
            @Nullable Attribution a,
            SpeakerFinder.@Nullable Named speaker) {
        int endChar = Math.min(end.close() + 1, end.p().text.length());
        int startChar = first.open();
        boolean mixed = a != null
                && embedded(first)
                && !(a.paragraph() == first.p() && a.cueToken() < first.p().tokenAt(first.open()));
        if (mixed) {
            Paragraph p = first.p();
            startChar =
                    p.tokens.get(p.sentenceOf(p.tokenAt(first.open()) - 1)[0]).start();
            text.insert(0, p.text.substring(startChar, first.open()).strip() + " ");
        }
        Span span = new Span(first.p().cpStart(startChar), end.p().cpEnd(endChar));
        return new Quote(
                text.toString(),
                mixed ? "indirect" : "direct",
                speaker == null ? null : speaker.name(),
                a == null ? null : a.cueText(),
                span,
                speaker == null ? null : speaker.span(),
                a == null ? null : cueSpan(a));
    }

    private static Span cueSpan(Attribution a) {
        Token cue = a.paragraph().tokens.get(a.cueToken());
        return a.paragraph().span(cue.start(), cue.end());
    }

    /** The attribution after the quote, inside a split quote, or before it; null when there is none. */
    private @Nullable Attribution attribution(Piece first, Piece end, List<Piece> pieces) {
        for (int i = 0; i + 1 < pieces.size(); i++) {
            Piece a = pieces.get(i);
            Piece b = pieces.get(i + 1);
            if (a.p() == b.p()) {
                Attribution inside = after(a.p(), a.close(), b.open());
                if (inside != null) {
                    return inside;
                }
            }
        }
        Attribution after = after(end.p(), end.close(), end.p().text.length());
        return after != null ? after : before(first.p(), first.open());
    }

    /** ", he said." / "," Guo said, "…" / " said the ambassador." right after the closing mark. */
    private @Nullable Attribution after(Paragraph p, int close, int limit) {
        if (close >= p.text.length()) {
            return null;
        }
        int from = p.tokenAt(close + 1);
        if (from < p.tokens.size()
                && endsWithPeriod(p, close)
                && p.tokens.get(from).isCapitalized()) {
            return null; // "“… for him.” She says …" starts a new sentence
        }
        int to = from;
        while (to < p.tokens.size()
                && to - from < AFTER_TOKENS
                && p.tokens.get(to).start() < limit
                && !(isStop(p.tokens.get(to).text()) && !afterTitle(p, to))
                && !(to > from
                        && QuotationMarks.isOpeningMark(p.tokens.get(to).text().charAt(0)))) {
            to++;
        }
        int cue = cueIn(p, from, to);
        if (cue < 0 && from < to && isDash(p.tokens.get(from).text()) && hasName(p, from + 1, to)) {
            return new Attribution(p, from, -1, from + 1, to, false); // "“…” — Jane Roe"
        }
        if (cue < 0) {
            return null;
        }
        // The speaker stands before the cue ("Guo said") or after it ("said Guo").
        boolean before = cue > from && (hasName(p, from, cue) || cue + 1 >= to); // "…," the union wrote.
        return before ? new Attribution(p, cue, -1, from, cue, false) : new Attribution(p, cue, -1, cue + 1, to, false);
    }

    /** "X said: “" / "X said, “" / "… on his account: “" in the sentence before the opening mark. */
    private @Nullable Attribution before(Paragraph p, int open) {
        int mark = p.tokenAt(open);
        if (mark == 0) {
            return null;
        }
        int sentenceStart = p.sentenceOf(mark - 1)[0];
        String last = p.tokens.get(mark - 1).text();
        int cue = -1;
        for (int i = mark - 1; i >= Math.max(sentenceStart, mark - BEFORE_TOKENS); i--) {
            if (cues.isCue(p.tokens, i, sentenceStart)) {
                cue = i;
                break;
            }
        }
        if (cue >= 0 && reportsAClause(p, cue + 1, mark - 1)) {
            return null; // "said that, “…”", "said she recalled thinking, “…”": reported speech quoting words
        }
        if (cue >= 0 && (last.equals(":") || last.equals(",") || cue == mark - 1)) {
            boolean speakerAfter = cue + 1 < mark - 1 && hasName(p, cue + 1, mark);
            return speakerAfter
                    ? new Attribution(p, cue, -1, cue + 1, mark, false)
                    : new Attribution(p, cue, -1, sentenceStart, cue, false);
        }
        if (last.equals(":")) {
            return new Attribution(p, -1, mark - 1, sentenceStart, mark - 1, true);
        }
        return null;
    }

    /**
     * Whether the quote sits inside a sentence that was going on before it ("… that voter fraud “would be
     * one hell of a way to lose.”"): then it is part of reported speech, not a quote of its own.
     */
    private static boolean embedded(Piece first) {
        Paragraph p = first.p();
        int mark = p.tokenAt(first.open());
        if (mark == 0) {
            return false;
        }
        if (isStop(p.tokens.get(mark - 1).text())) {
            return false; // the sentence before ended; the quote starts a new one
        }
        int sentenceStart = p.sentenceOf(mark - 1)[0];
        int words = 0;
        for (int i = sentenceStart; i < mark; i++) {
            if (p.tokens.get(i).isWord()) {
                words++;
            }
        }
        String before = p.tokens.get(mark - 1).text();
        return words >= 2 && !before.equals(":");
    }

    /** Whether the range holds "that" or a subject pronoun: a clause of reported speech, not a speaker. */
    private boolean reportsAClause(Paragraph p, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = p.tokens.get(i).text();
            if (w.equalsIgnoreCase("that")
                    || Genders.ofPronoun(w) != Genders.Gender.UNKNOWN
                    || w.equalsIgnoreCase("they")
                    || w.equalsIgnoreCase("we")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the quoted text closing at {@code close} ends with a period. */
    private static boolean endsWithPeriod(Paragraph p, int close) {
        int i = close - 1;
        while (i >= 0 && Character.isWhitespace(p.text.charAt(i))) {
            i--;
        }
        return i >= 0 && p.text.charAt(i) == '.';
    }

    /** The period of "Rep." or "Mr." inside a name, not the end of the attribution. */
    private static boolean afterTitle(Paragraph p, int i) {
        if (!p.tokens.get(i).text().equals(".") || i == 0 || i + 1 >= p.tokens.size()) {
            return false;
        }
        Token prev = p.tokens.get(i - 1);
        if (p.tokens.get(i + 1).text().equals(")")) {
            return prev.isWord() && prev.isCapitalized(); // "(D-Ore.)"
        }
        return prev.isWord()
                && prev.isCapitalized()
                && prev.text().length() <= 4
                && p.tokens.get(i + 1).isCapitalized();
    }

    private static boolean isDash(String token) {
        return token.equals("\u2014") || token.equals("\u2015") || token.equals("\u2013");
    }

    private int cueIn(Paragraph p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cues.isCue(p.tokens, i, p.sentenceOf(i)[0])) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the range holds a word that can name someone: a capitalized word, a pronoun or a group noun. */
    private boolean hasName(Paragraph p, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = p.tokens.get(i);
            if (t.isWord() && (t.isCapitalized() || cues.isPronoun(t) || cues.isGroup(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStop(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";");
    }

    private static boolean endsLikeSentence(CharSequence text) {
        String t = text.toString().strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (".!?…".indexOf(c) >= 0) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Comrade Raul Castro Ruz": every word capitalized and no sentence punctuation is a name as printed.
     *
     * @param count the text's {@link dev.corpus.nlp.Words#count}, or any larger count above {@link
     *     #MAX_NAME_WORDS}: most quotes are longer than any name, and are told so without making their words
     */
    private static boolean looksLikeName(String text, int count) {
        if (count == 0 || count > MAX_NAME_WORDS) {
            return false;
        }
        return dev.corpus.nlp.Words.of(text).stream().allMatch(dev.corpus.nlp.Words::isCapitalized)
                && !endsLikeSentence(text);
    }
}
