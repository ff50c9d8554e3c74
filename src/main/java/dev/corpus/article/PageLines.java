package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.clean.WordBounds;
import dev.corpus.nlp.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page's blocks with what the header readers ask of them again and again, each worked out once: their
 * words, their headline keys ({@link Headlines#key}), how often a line stands on the page. Scoring the lines
 * above the body compares and counts them many times over, and made afresh each time this was most of the
 * article stage's work. One per page, used by one thread.
 */
final class PageLines {
    /** Only shorter blocks can repeat a headline-shaped line (at most 300 characters) word for word. */
    private static final int MAX_REPEAT_LENGTH = 600;

    private static final char ASCII_END = 0x80;

    /**
     * The blocks whose chars each lower-case on their own (see {@link #caseStable(char)}), as first and last
     * char: Latin-1 and Latin Extended-A, Greek, Cyrillic, Hebrew and Arabic, general punctuation (dashes, curly
     * quotes, the ellipsis), CJK punctuation and kana, CJK ideographs, Hangul syllables. Two chars of them are
     * not: the capital sigma, whose lower case depends on where in a word it stands, and the dotted capital I,
     * which lower-cases to two chars.
     */
    private static final char[] CASE_STABLE_BLOCKS = {
        0x0000, 0x017F, 0x0370, 0x04FF, 0x0590, 0x06FF, 0x2000, 0x206F, 0x3000, 0x30FF, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3
    };

    private static final char CAPITAL_SIGMA = '\u03A3';
    private static final char DOTTED_CAPITAL_I = '\u0130';
    /** {@link #caseStable(char)} of every char, worked out once. */
    private static final boolean[] CASE_STABLE = caseStableChars();

    private static final int NO_WORD = -1;
    private static final int NOT_ASCII = -2;
    /** A block too long to repeat a line. */
    private static final int LONG = -3;

    private final List<BlockDecision> decisions;
    /** Where each block's words are: the cleaner found them, and they need not be scanned again. */
    private final WordBounds bounds;

    private final @Nullable List<String>[] words;
    private final @Nullable String[] keys;
    /** Keys of texts that are not the page's blocks (a headline from the markup). */
    private final Map<String, String> otherKeys = new HashMap<>();

    private final Map<String, Integer> repeats = new HashMap<>();

    private int @Nullable [] openings;

    /** {@link Bylines#parse} of each block with a marker required, and without. */
    private final @Nullable Optional<Bylines.Byline>[] markedBylines;

    private final @Nullable Optional<Bylines.Byline>[] bylines;

    /** The blocks' lines, their words scanned afresh. */
    PageLines(List<BlockDecision> decisions) {
        this(
                decisions,
                WordBounds.of(decisions.stream().map(BlockDecision::block).toList()));
    }

    /** The blocks' lines with their words' bounds, {@code bounds} holding those of each block in turn. */
    @SuppressWarnings("unchecked")
    PageLines(List<BlockDecision> decisions, WordBounds bounds) {
        this.decisions = decisions;
        this.bounds = bounds;
        int n = decisions.size();
        this.words = new List[n];
        this.keys = new String[n];
        this.markedBylines = new Optional[n];
        this.bylines = new Optional[n];
    }

    List<BlockDecision> decisions() {
        return decisions;
    }

    BlockDecision decision(int i) {
        return decisions.get(i);
    }

    String text(int i) {
        return decisions.get(i).block().text();
    }

    /** {@link Words#of} the block's text. */
    List<String> words(int i) {
        List<String> w = words[i];
        if (w == null) {
            String text = text(i);
            int n = bounds.count(i);
            w = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                w.add(text.substring(bounds.start(i, k), bounds.end(i, k)));
            }
            words[i] = w;
        }
        return w;
    }

    /** {@link Words#count} of the block's text. */
    int wordCount(int i) {
        return bounds.count(i);
    }

    /** Where the block's words are. */
    WordBounds bounds() {
        return bounds;
    }

    /** Whether the block reads as a headline ({@link Headlines#looksLikeHeadline}). */
    boolean looksLikeHeadline(int i) {
        // a long block is none, and no words need be made to tell
        return text(i).length() <= Headlines.MAX_HEADLINE_LENGTH
                && Headlines.looksLikeHeadline(text(i), wordCount(i), length(i));
    }

    /** {@link Headlines#length} of the block's words, read from their bounds. */
    int length(int i) {
        String text = text(i);
        int n = bounds.count(i);
        int cjk = 0;
        for (int k = 0; k < n; k++) {
            int start = bounds.start(i, k);
            if (bounds.end(i, k) - start == 1 && Words.isCjk(text.charAt(start))) {
                cjk++;
            }
        }
        return n - cjk + (cjk + 1) / 2;
    }

    /** {@link Headlines#key} of the block's text. */
    String key(int i) {
        String k = keys[i];
        if (k == null) {
            // a text whose chars each lower-case on their own, to a letter where they are one, has its words in
            // lower case for its key's: its key is written from its words' bounds, char by char
            k = caseStable(text(i)) ? lowerWords(i) : Headlines.key(text(i));
            keys[i] = k;
        }
        return k;
    }

    /** The block's words lowered char by char and joined by spaces; for a {@link #caseStable} text, its key. */
    private String lowerWords(int i) {
        String text = text(i);
        int n = bounds.count(i);
        int length = Math.max(0, n - 1);
        for (int k = 0; k < n; k++) {
            length += bounds.end(i, k) - bounds.start(i, k);
        }
        char[] key = new char[length];
        int at = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                key[at++] = ' ';
            }
            for (int c = bounds.start(i, k); c < bounds.end(i, k); c++) {
                key[at++] = lower(text.charAt(c));
            }
        }
        return new String(key);
    }

    /**
     * {@link Bylines#parse} of the block's text: the header readers and the headline scorer ask it of the same
     * lines. A line read one way tells the other way's answer where it can: a byline with a marker or a date is
     * one either way, and without them it is none when a marker is required.
     */
    Optional<Bylines.Byline> byline(int i, boolean requireMarker) {
        Optional<Bylines.Byline> marked = markedBylines[i];
        Optional<Bylines.Byline> any = bylines[i];
        if (requireMarker) {
            if (marked == null) {
                marked = any != null ? any.filter(b -> b.marked() || b.date() != null) : Bylines.parse(text(i), true);
                markedBylines[i] = marked;
            }
            return marked;
        }
        if (any == null) {
            if (marked == null) {
                any = Bylines.parse(text(i), false);
            } else {
                // read with a marker required and found none: the line holds no date, which is not looked for again
                any = marked.isPresent() ? marked : Bylines.parseUndated(text(i));
            }
            bylines[i] = any;
        }
        return any;
    }

    /** As {@link Headlines#same} of the two blocks' texts. */
    boolean same(int i, int j) {
        return hasKey(i, key(j));
    }

    /** As {@link Headlines#same} of the block's text and {@code text}. */
    boolean same(int i, @Nullable String text) {
        return text != null && hasKey(i, otherKeys.computeIfAbsent(text, Headlines::key));
    }

    /** How many blocks short enough to repeat a line have the block's key, the block itself included. */
    int repeats(int i) {
        String key = key(i);
        Integer count = repeats.get(key);
        if (count == null) {
            int[] openings = openings();
            int opening = key.isEmpty() ? NO_WORD : key.charAt(0);
            int c = 0;
            for (int j = 0; j < openings.length; j++) {
                if ((openings[j] == opening || openings[j] == NOT_ASCII) && hasKey(j, key)) {
                    c++;
                }
            }
            count = c;
            repeats.put(key, count);
        }
        return count;
    }

    /** {@link #opening} of each block short enough to repeat a line; {@link #LONG} for the others. */
    private int[] openings() {
        if (openings == null) {
            openings = new int[decisions.size()];
            for (int j = 0; j < openings.length; j++) {
                String text = text(j);
                openings[j] = text.length() <= MAX_REPEAT_LENGTH ? opening(text) : LONG;
            }
        }
        return openings;
    }

    /**
     * The char {@code text}'s key opens with, when the text opens in ASCII: its first letter or digit in lower
     * case, or {@link #NO_WORD} when it has none (its key is empty); {@link #NOT_ASCII} when a char before is
     * not ASCII (its lower case may be longer, or a letter).
     */
    private static int opening(String text) {
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c >= ASCII_END) {
                return NOT_ASCII;
            }
            if (isAsciiLetterOrDigit(c)) {
                return asciiLower(c);
            }
        }
        return NO_WORD;
    }

    /** Whether block {@code i}'s key is {@code key}; most blocks' keys need not be made to tell. */
    private boolean hasKey(int i, String key) {
        String made = keys[i];
        if (made != null) {
            return made.equals(key);
        }
        if (!mayHaveKey(text(i), key)) {
            return false;
        }
        // a line that may have the key mostly has: where its key is its words lowered, they are compared in place
        return caseStable(text(i)) ? lowerWordsAre(i, key) : key(i).equals(key);
    }

    /** Whether {@code key} is {@link #lowerWords} of the block, told without making them. */
    private boolean lowerWordsAre(int i, String key) {
        String text = text(i);
        int at = 0;
        for (int k = 0; k < bounds.count(i); k++) {
            if (k > 0 && (at >= key.length() || key.charAt(at++) != ' ')) {
                return false;
            }
            for (int c = bounds.start(i, k); c < bounds.end(i, k); c++) {
                if (at >= key.length() || key.charAt(at++) != lower(text.charAt(c))) {
                    return false;
                }
            }
        }
        return at == key.length();
    }

    /**
     * False when {@code text}'s key cannot be {@code key}, told without making the text's key: every letter and
     * digit of a text is in one of its words, so where the text's chars lower-case one by one ({@link
     * #caseStable}) its letters and digits, lowered, are the key's letters and digits in turn. Most lines differ
     * from a key within a few letters. True when they may be the same, or when a char that does not lower-case
     * on its own comes before any difference.
     */
    static boolean mayHaveKey(String text, String key) {
        int k = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!caseStable(c)) {
                return true;
            }
            if (letterOrDigit(c)) {
                k = nextLetterOrDigit(key, k);
                if (k >= key.length() || key.charAt(k) != lower(c)) {
                    return false;
                }
                k++;
            }
        }
        return nextLetterOrDigit(key, k) >= key.length();
    }

    /** The first letter or digit of {@code key} from {@code from}, or its length. */
    private static int nextLetterOrDigit(String key, int from) {
        int k = from;
        while (k < key.length() && !letterOrDigit(key.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Whether every char of the text is {@link #caseStable(char)}. */
    private static boolean caseStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!caseStable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the char lower-cases on its own: it turns into one char, whatever its neighbours, and does not
     * turn from a letter or digit into another kind or from one of the words' kinds into another ({@link
     * Words#isCjk}). A text of such chars has its words lowered for the words of its lower case.
     */
    static boolean caseStable(char c) {
        return CASE_STABLE[c];
    }

    private static boolean[] caseStableChars() {
        boolean[] stable = new boolean[Character.MAX_VALUE + 1];
        for (int b = 0; b < CASE_STABLE_BLOCKS.length; b += 2) {
            java.util.Arrays.fill(stable, CASE_STABLE_BLOCKS[b], CASE_STABLE_BLOCKS[b + 1] + 1, true);
        }
        stable[CAPITAL_SIGMA] = false;
        stable[DOTTED_CAPITAL_I] = false;
        return stable;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without the Unicode tables. */
    private static boolean letterOrDigit(char c) {
        return c < ASCII_END ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, answered for ASCII without the Unicode tables. */
    private static char lower(char c) {
        return c < ASCII_END ? asciiLower(c) : Character.toLowerCase(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
