package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.clean.WordBounds;
import dev.corpus.nlp.Words;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.jspecify.annotations.Nullable;

/**
 * The headline among the short lines above the body of a page whose markup names none, such as text copied
 * from a web page. Copied pages put menus, share buttons, bylines and picture credits between headline and
 * body, so the nearest headline-shaped line is often wrong. Each line in a window above the body is scored
 * instead: the headline shares its words with the body's opening, is often repeated on the page (the share
 * title, the breadcrumb), and is neither a credit, a name nor a button.
 */
final class TextHeadline {
    /** How far above the header the headline may sit, in blocks. */
    static final int WINDOW = 20;
    /** The body's opening words that the headline's words are looked up in. */
    private static final int BODY_WORDS = 400;
    /** Below this a line's words are too few to say whether the body shares them. */
    private static final int MIN_CONTENT_WORDS = 2;
    /** Score a line needs to be taken: a fair share of its words in the body, or repeated and some. */
    private static final double MIN_SCORE = 0.9;

    /** What the line over the best one needs to be its headline (the best one then being the dek). */
    private static final double MIN_ABOVE_DEK = 0.6;

    private static final double OVERLAP_WEIGHT = 2.5;
    private static final double REPEATED = 1.0;
    private static final double FULL_LENGTH = 0.5;
    private static final double PER_BLOCK_AWAY = 0.04;
    private static final double CREDIT = 2.0;
    private static final double NAMES = 3.0;
    private static final double CROSS_FILE = 0.5;

    /** A line of at most this many words that reads as names is a byline, not a headline. */
    private static final int MAX_NAME_LINE_WORDS = 6;
    /** Shorter lines are labels ("Politics", a district's name), never headlines. */
    private static final int MIN_WORDS = 3;
    /** Headlines have this many words or more; shorter lines are often labels. */
    private static final int FULL_WORDS = 4;
    /** Content words: shorter ones are mostly function words in the languages we see. */
    private static final int MIN_CONTENT_LETTERS = 4;
    /** Korean words are two or three syllables, each a letter here; particles follow them. */
    private static final int MIN_HANGUL_LETTERS = 2;

    private static final int HANGUL_STEM = 2;
    /** Words are compared on their first letters so that inflected forms match ("Grafiken", "Grafik"). */
    private static final int STEM = 5;

    private static final Set<String> CREDITS = Set.copyOf(Resources.lines("/dev/corpus/article/credits.txt"));

    private static final String[][] CREDITS_BY_LENGTH = byLength(CREDITS);

    /** Reasons that mark a line as a page's own furniture; such a line is never the headline. */
    private static final Set<String> NEUTRAL = Set.of(
            "outside the article",
            "prose outside the article",
            "repeated in page",
            "repeated across files",
            "short line inside the article",
            "list entry",
            "headline",
            "subheadline",
            "byline",
            "dateline");

    /** {@link #asciiStem} of a word whose stem is not ASCII, and of one that is no content word. */
    private static final long NOT_ASCII = 0;

    private static final long NOT_CONTENT = -1;
    private static final char ASCII_END = 0x80;
    /** Hangul starts at its Jamo. */
    private static final char HANGUL_FROM = '\u1100';

    /** For a score that is wanted whatever it is. */
    private static final DoublePredicate ANY = bound -> true;

    private final PageLines lines;
    private final List<BlockDecision> decisions;
    private final int bodyStart;

    /** Computed when first needed: most pages have no candidate that gets this far. */
    private @Nullable UnitSet body;

    /** The page's lines and where its body starts. */
    TextHeadline(PageLines lines, int bodyStart) {
        this.lines = lines;
        this.decisions = lines.decisions();
        this.bodyStart = bodyStart;
    }

    /**
     * The index of the headline among the blocks from {@code top - WINDOW} to the body's start, or -1.
     *
     * @param top the first header block (byline or dateline) or the body's start
     * @param byline the byline's block, or -1; it is skipped like the dateline's
     */
    int choose(int top, int byline, int dateline) {
        int best = -1;
        double bestScore = MIN_SCORE;
        int last = Math.min(bodyStart, decisions.size()) - 1;
        for (int i = last; i >= Math.max(0, top - WINDOW); i--) {
            if (i == byline || i == dateline) {
                continue;
            }
            double away = PER_BLOCK_AWAY * Math.max(0, top - 1 - i);
            double best0 = bestScore;
            double s = score(i, true, bound -> bound - away > best0) - away;
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        // the body's words are read only for a line shaped like a headline: on many pages none is
        return best < 0 || body().isEmpty() ? -1 : overDek(best);
    }

    /**
     * A headline is written over its standfirst, which shares even more words with the body: when the line
     * above the best one is a shorter candidate too, that is the headline and the best line its dek.
     */
    private int overDek(int best) {
        int above = best - 1;
        while (above >= 0 && lines.same(above, best)) {
            above--;
        }
        if (above < 0) {
            return best;
        }
        boolean shorter = lines.wordCount(above) < lines.wordCount(best);
        return shorter && score(above, true, ANY) >= MIN_ABOVE_DEK ? above : best;
    }

    /**
     * Whether the nearest headline-shaped line above the body, which a plain article file opens with, may be
     * its headline even though it scored too low: it shares a word with the body and is no credit, name
     * line or button.
     */
    boolean plausible(int index) {
        boolean shares = lineUnits(index).countIn(body()) > 0;
        return shares && score(index, false, ANY) > 0;
    }

    /** A block the cleaner dropped as the page's own furniture: a button, a menu, a link list, an ad. */
    static boolean isFurniture(BlockDecision d) {
        return !d.kept() && !NEUTRAL.contains(d.reason());
    }

    /**
     * The line's score as a headline; with {@code repeats}, a line the page repeats scores higher. Counting the
     * line's repeats and reading it as a byline are the costly parts, and each can only raise or only lower the
     * score: when even the score it could have at most does not pass {@code mayWin}, the line is not read
     * further and scores minus infinity, as a line that cannot win.
     */
    private double score(int index, boolean repeats, DoublePredicate mayWin) {
        BlockDecision d = lines.decision(index);
        String text = d.block().text();
        if (isFurniture(d) || !lines.looksLikeHeadline(index)) {
            return Double.NEGATIVE_INFINITY;
        }
        // a label too short to be a headline is done before its units are made
        int length = lines.length(index);
        if (length < MIN_WORDS) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean crossFile = d.reason().equals("repeated across files");
        // all units shared with the body is the most the overlap can add, and being no credit the most the line's
        // words can: its units and words need not be read to tell
        if (!mayWin.test(new Parts(length >= FULL_WORDS, false, crossFile).total(OVERLAP_WEIGHT, repeats, false))) {
            return Double.NEGATIVE_INFINITY;
        }
        LineUnits units = lineUnits(index);
        if (units.size() < MIN_CONTENT_WORDS) {
            return Double.NEGATIVE_INFINITY;
        }
        Parts parts = new Parts(length >= FULL_WORDS, isCredit(text, lines.bounds(), index), crossFile);
        if (!mayWin.test(parts.total(OVERLAP_WEIGHT, repeats, false))) {
            return Double.NEGATIVE_INFINITY;
        }
        int shared = units.countIn(body());
        double overlap = OVERLAP_WEIGHT * shared / units.size();
        if (!mayWin.test(parts.total(overlap, repeats, false))) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean repeated = repeats && lines.repeats(index) > 1;
        if (!mayWin.test(parts.total(overlap, repeated, false))) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean names = lines.wordCount(index) <= MAX_NAME_LINE_WORDS
                && lines.byline(index, false).map(b -> !b.authors().isEmpty()).orElse(false);
        return parts.total(overlap, repeated, names);
    }

    /** What a line's score holds besides its overlap with the body, its repeats and its names. */
    private record Parts(boolean full, boolean credit, boolean crossFile) {
        /** The score, its terms added in one order always: the same terms give the same double. */
        double total(double overlap, boolean repeated, boolean names) {
            double s = overlap;
            if (repeated) {
                s += REPEATED;
            }
            if (full) {
                s += FULL_LENGTH;
            }
            if (credit) {
                s -= CREDIT;
            }
            if (names) {
                s -= NAMES;
            }
            if (crossFile) {
                s -= CROSS_FILE;
            }
            return s;
        }
    }

    private UnitSet body() {
        if (body == null) {
            body = bodyStems();
        }
        return body;
    }

    /** Whether block {@code block}, whose text is {@code text}, reads as a picture's credit or caption. */
    private static boolean isCredit(String text, WordBounds bounds, int block) {
        if (text.indexOf('©') >= 0) {
            return true;
        }
        for (int k = 0; k < bounds.count(block); k++) {
            if (isCreditWord(text, bounds.start(block, k), bounds.end(block, k))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #isCreditWord(String, int, int)} of the whole word. */
    static boolean isCreditWord(String word) {
        return isCreditWord(word, 0, word.length());
    }

    /**
     * Whether the word {@code text[start, end)} in lower case is one of {@link #CREDITS}. Every word of every candidate line is asked:
     * an ASCII word, which lower-cases char by char, is compared with the credits of its length as it is,
     * making no lower-case string.
     */
    private static boolean isCreditWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= ASCII_END) {
                return CREDITS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        if (end - start >= CREDITS_BY_LENGTH.length) {
            return false;
        }
        for (String credit : CREDITS_BY_LENGTH[end - start]) {
            if (asciiLowerEquals(text, start, credit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ASCII word at {@code start} of {@code text} in lower case is {@code lower}, of its length. */
    private static boolean asciiLowerEquals(String text, int start, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(start + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code words} by their length: entry n holds those of n chars. */
    private static String[][] byLength(Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            out[n] = words.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
        }
        return out;
    }

    /** The stems of the content words of the body's opening. */
    private UnitSet bodyStems() {
        UnitSet stems = new UnitSet();
        WordBounds bounds = lines.bounds();
        int seen = 0;
        for (int i = Math.max(0, bodyStart); i < decisions.size() && seen < BODY_WORDS; i++) {
            BlockDecision d = decisions.get(i);
            if (!d.kept()) {
                continue;
            }
            seen += bounds.count(i);
            addUnits(d.block().text(), bounds, i, stems);
        }
        return stems;
    }

    /** Where units go as they are read: a set of them, or a line's list. */
    interface Units {
        /** Adds a unit packed (see {@link UnitSet#pack}). */
        void add(long packed);

        void add(String unit);
    }

    /**
     * A line's {@link #units} in order, as read from its words' bounds: short ASCII stems packed, so that a
     * line's units make no strings and are looked up in the body's set without packing them again.
     */
    static final class LineUnits implements Units {
        private long[] packed = new long[8];
        private int packedCount;
        private final List<String> others = new ArrayList<>();

        @Override
        public void add(long unit) {
            if (packedCount == packed.length) {
                packed = java.util.Arrays.copyOf(packed, 2 * packedCount);
            }
            packed[packedCount++] = unit;
        }

        @Override
        public void add(String unit) {
            others.add(unit);
        }

        int size() {
            return packedCount + others.size();
        }

        /** How many of the units (each as often as the line has it) the set holds. */
        int countIn(UnitSet set) {
            int n = 0;
            for (int i = 0; i < packedCount; i++) {
                n += set.contains(packed[i]) ? 1 : 0;
            }
            for (String unit : others) {
                n += set.contains(unit) ? 1 : 0;
            }
            return n;
        }
    }

    /** {@link #units} of the block's words. */
    private LineUnits lineUnits(int index) {
        return lineUnits(lines.text(index), lines.bounds(), index);
    }

    /** {@link #units} of the words of block {@code block}, whose text is {@code text}. */
    static LineUnits lineUnits(String text, WordBounds bounds, int block) {
        LineUnits out = new LineUnits();
        addUnits(text, bounds, block, out);
        return out;
    }

    /** {@link #units} of {@link Words#of} the text, as the body's opening is read. */
    static UnitSet unitSet(String text) {
        UnitSet out = new UnitSet();
        addUnits(text, WordBounds.ofTexts(List.of(text)), 0, out);
        return out;
    }

    /**
     * As {@link #addUnits(List, java.util.Collection)} of the words of block {@code block}, whose text is
     * {@code text}, making no string of a word whose stem is ASCII: the body's opening has hundreds of words.
     */
    private static void addUnits(String text, WordBounds bounds, int block, Units out) {
        char previousCjk = 0;
        int n = bounds.count(block);
        for (int k = 0; k < n; k++) {
            int start = bounds.start(block, k);
            int end = bounds.end(block, k);
            if (end - start == 1 && Words.isCjk(text.charAt(start))) {
                if (previousCjk != 0) {
                    out.add(new String(new char[] {previousCjk, text.charAt(start)}));
                }
                previousCjk = text.charAt(start);
                continue;
            }
            previousCjk = 0;
            // a word shorter than a content word's letters is none, unless it may be Korean: about half of prose
            if (end - start < MIN_CONTENT_LETTERS && text.charAt(start) < HANGUL_FROM) {
                continue;
            }
            long stem = asciiStem(text, start, end);
            if (stem == NOT_ASCII) {
                String word = text.substring(start, end);
                if (isContent(word)) {
                    out.add(stem(word));
                }
            } else if (stem != NOT_CONTENT) {
                out.add(stem);
            }
        }
    }

    /**
     * {@link #stem} of the word {@code text[start, end)}, packed as {@link UnitSet#pack} does, when the chars it
     * keeps are ASCII, which lower-case one by one: {@link #NOT_CONTENT} when the word is no content word
     * ({@link #isContent}), {@link #NOT_ASCII} when a kept char is not ASCII. The letters are counted in the
     * same pass: an ASCII letter needs no Unicode look-up, and most words have enough of them in their stem.
     */
    private static long asciiStem(String text, int start, int end) {
        int n = Math.min(end - start, STEM);
        long stem = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(start + i);
            if (c >= ASCII_END) {
                return NOT_ASCII;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z') {
                letters++;
            }
            stem = UnitSet.append(stem, lower);
        }
        // a word that opens in ASCII is no Korean one: it needs the letters of any other content word
        if (letters < MIN_CONTENT_LETTERS && !hasLetters(text, start + n, end, MIN_CONTENT_LETTERS - letters)) {
            return NOT_CONTENT;
        }
        return stem;
    }

    /** Whether {@code text[start, end)} has at least {@code needed} letters. */
    private static boolean hasLetters(String text, int start, int end, int needed) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i)) && ++letters >= needed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The units two texts are compared in: the stems of content words; in Chinese and Japanese, written
     * without spaces, each pair of neighbouring characters.
     */
    static List<String> units(List<String> words) {
        List<String> out = new ArrayList<>();
        addUnits(words, out);
        return out;
    }

    /** Adds {@link #units} of {@code words} to {@code out}. */
    private static void addUnits(List<String> words, java.util.Collection<String> out) {
        String previousCjk = null;
        for (String w : words) {
            if (w.length() == 1 && Words.isCjk(w.charAt(0))) {
                if (previousCjk != null) {
                    out.add(previousCjk + w);
                }
                previousCjk = w;
                continue;
            }
            previousCjk = null;
            if (isContent(w)) {
                out.add(stem(w));
            }
        }
    }

    /** Content words: shorter ones are mostly function words; Korean syllables each hold several letters. */
    private static boolean isContent(String word) {
        return isContent(word, 0, word.length());
    }

    /** {@link #isContent(String)} of {@code text[start, end)}, without making it. */
    private static boolean isContent(String text, int start, int end) {
        int needed = isHangul(text, start) ? MIN_HANGUL_LETTERS : MIN_CONTENT_LETTERS;
        int letters = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i)) && ++letters >= needed) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = isHangul(word, 0) ? HANGUL_STEM : STEM;
        return w.length() > n ? w.substring(0, n) : w;
    }

    /** Whether the word starting at {@code start} of {@code text} is Korean. */
    private static boolean isHangul(String text, int start) {
        // Hangul starts at its Jamo (U+1100): the script lookup is for the few words that may be
        return text.charAt(start) >= HANGUL_FROM
                && Character.UnicodeScript.of(text.codePointAt(start)) == Character.UnicodeScript.HANGUL;
    }
}
