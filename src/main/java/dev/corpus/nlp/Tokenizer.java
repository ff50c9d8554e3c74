package dev.corpus.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * Splits text into {@link Token}s with char offsets: words (letters and digits with inner apostrophes,
 * hyphens, periods and ampersands: "Díaz-Canel", "AT&T"), dotted abbreviations with their last period
 * ("U.S."), the possessive "'s" as a token of its own, and every other non-space char as one token.
 *
 * <p>Every block of every document is tokenized, so the scan reads a char array with ASCII answered without
 * Character's tables, makes each ASCII token's lower case from the chars it has read, and shares one string
 * per ASCII punctuation mark. An instance serves the texts of one document and reuses its char buffer and
 * token list from text to text (a copy of each text and a growing list per block were a tenth of what
 * tokenizing allocated). Not thread-safe: one document, one thread.
 *
 * <p>(Sharing one string per distinct word of a document, found by a hash of its chars, allocated a tenth
 * less again but cost 7% more CPU in the actors stage than a substring per token, so it was left out.)
 */
public final class Tokenizer {
    /** The one-char strings of ASCII. */
    private static final String[] ASCII = new String[128];
    /** By ASCII char, whether it is a letter or a digit. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    /** The first char of {@link #PUNCTUATION}: General Punctuation (curly quotes, dashes, ellipsis). */
    private static final char PUNCTUATION_FROM = '\u2000';
    /**
     * The one-char strings of General Punctuation, whose curly quotes and dashes are most of a news text's
     * tokens beyond ASCII: one string each, whose hash is cached for the stages that look them up (a copy per
     * token was hashed again by each).
     */
    private static final String[] PUNCTUATION = new String[0x70];

    static {
        for (int c = 0; c < PUNCTUATION.length; c++) {
            PUNCTUATION[c] = String.valueOf((char) (PUNCTUATION_FROM + c));
        }
    }

    /** A flag of {@link Tokenized#chars}: every char of the token is ASCII. */
    public static final byte ALL_ASCII = 1;
    /** A flag of {@link Tokenized#chars}: a hyphen follows the token's first char. */
    public static final byte INNER_HYPHEN = 2;

    /**
     * The tokens of the text being scanned, {@code [0, count)}, in an array the document's texts reuse (an
     * ArrayList's add, compiled, was too large for the launcher's inlining limit: a call per token).
     */
    private Token[] out = new Token[64];
    /** The {@link Tokenized#chars} flags of the tokens in {@link #out}, as long as it. */
    private byte[] flags = new byte[64];

    private int count;

    private char[] cs = new char[0];
    /** The indexes in {@link #out} of the tokens that may end a sentence ({@link Sentences#mayEnd}), ascending. */
    private int[] mayEnd = new int[16];

    private int mayEndCount;

    /** The tokens of one text, by a tokenizer of its own. */
    public static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text);
    }

    /** The tokens and sentences of a text of this tokenizer's document. */
    public Tokenized tokenized(String text) {
        List<Token> tokens = tokenize(text);
        return new Tokenized(tokens, Sentences.split(tokens, mayEnd, mayEndCount), Arrays.copyOf(flags, tokens.size()));
    }

    /** The tokens of a text of this tokenizer's document, an immutable list. */
    public List<Token> tokenize(String text) {
        int n = text.length();
        if (cs.length < n) {
            cs = new char[Math.max(n, cs.length * 2)];
        }
        text.getChars(0, n, cs, 0);
        count = 0;
        mayEndCount = 0;
        scan(text, n);
        return List.of(Arrays.copyOf(out, count));
    }

    /*
     * The scan runs for every char of every block, and the launcher's JVM options inline only callees of up to
     * 50 bytecodes: the per-char and per-token tests below are kept that small (or written out in the loop),
     * the rare cases in methods of their own.
     */
    private void scan(String text, int n) {
        char[] cs = this.cs;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (!isLetterOrDigit(c)) {
                i = isWhitespace(c) ? i + 1 : addMark(text, c, i);
                continue;
            }
            int start = i;
            // the token's char flags are read in the same pass (a period added below changes none)
            int high = 0;
            boolean upper = false;
            boolean hyphen = false; // a word's first char is a letter or digit: any hyphen follows it
            while (i < n) {
                char x = cs[i];
                if (!isLetterOrDigit(x) && !(isJoiner(x) && isInner(cs, i, n))) {
                    break;
                }
                high |= x;
                upper |= x >= 'A' && x <= 'Z';
                hyphen |= x == '-';
                i++;
            }
            // "U.S." / "D.P.R.K.": single letters joined by periods keep their final period.
            if (i < n && cs[i] == '.' && isDotted(cs, start, i)) {
                i++;
            }
            int end = i;
            if (end - start > 2 && isApostrophe(cs[end - 2])) {
                addPossessive(text, cs, start, end);
            } else {
                addWord(text, start, end, high, upper, hyphen);
            }
        }
    }

    /** Adds the mark at i, a char that is neither a letter, a digit nor a space; returns where the next starts. */
    private int addMark(String text, char c, int i) {
        int w = Character.isHighSurrogate(c) ? Character.charCount(text.codePointAt(i)) : 1;
        if (c < 128) {
            add(new Token(ASCII[c], i, i + 1, ASCII[c]), ALL_ASCII); // a lone "-" is its first char
        } else if (c - PUNCTUATION_FROM >= 0 && c - PUNCTUATION_FROM < PUNCTUATION.length) {
            String p = PUNCTUATION[c - PUNCTUATION_FROM]; // no letter: its own lower case
            add(new Token(p, i, i + 1, p), 0);
        } else {
            add(new Token(text.substring(i, i + w), i, i + w), 0);
        }
        return i + w;
    }

    /** Adds the word {@code [start, end)}, a trailing "'s" / "’s" as a token of its own ("s'" is left alone). */
    private void addPossessive(String text, char[] cs, int start, int end) {
        int poss = possessive(cs, start, end);
        if (poss > start) {
            addWord(text, cs, start, poss);
            addWord(text, cs, poss, end);
        } else {
            addWord(text, cs, start, end);
        }
    }

    /** Adds a token; small enough to be inlined where a token is made (a call per token otherwise). */
    private void add(Token t, int charFlags) {
        int k = count;
        if (k == out.length) {
            grow();
        }
        out[k] = t;
        flags[k] = (byte) charFlags;
        count = k + 1;
        endMark(k, t.end());
    }

    /** Notes token k, which ends at {@code end}, when its last char may end a sentence ({@link Sentences#mayEnd}). */
    private void endMark(int k, int end) {
        if (Sentences.isEndMark(cs[end - 1])) {
            addMayEnd(k);
        }
    }

    private void grow() {
        out = Arrays.copyOf(out, 2 * out.length);
        flags = Arrays.copyOf(flags, out.length);
    }

    private void addMayEnd(int k) {
        if (mayEndCount == mayEnd.length) {
            mayEnd = Arrays.copyOf(mayEnd, 2 * mayEndCount);
        }
        mayEnd[mayEndCount++] = k;
    }

    /**
     * Adds the token of {@code text[start, end)}, its lower case made from the chars when they are ASCII, and
     * its char flags from the same pass (the actors' name rules ask them of every token).
     */
    private void addWord(String text, char[] cs, int start, int end) {
        int high = 0;
        boolean upper = false;
        boolean hyphen = false;
        for (int k = start; k < end; k++) {
            char c = cs[k];
            high |= c;
            upper |= c >= 'A' && c <= 'Z';
            hyphen |= c == '-';
        }
        addWord(text, start, end, high, upper, hyphen);
    }

    /**
     * As {@link #addWord(String, char[], int, int)}, told the OR of the token's chars ({@code high}), whether
     * one is an ASCII capital and whether one is a hyphen.
     */
    private void addWord(String text, int start, int end, int high, boolean upper, boolean hyphen) {
        String t = text.substring(start, end);
        int charFlags = (high < 128 ? ALL_ASCII : 0) | (hyphen ? INNER_HYPHEN : 0);
        if (!upper && high < 128) {
            add(new Token(t, start, end, t), charFlags); // what toLowerCase gives: the string itself
        } else {
            // toLowerCase(Locale.ROOT) writes a Latin-1 string's bytes straight into the new string: lower-casing
            // the chars into a char array first allocated that array and a copy of it
            add(new Token(t, start, end), charFlags);
        }
    }

    /** {@link Character#isWhitespace(char)}; no ASCII char above the space is one. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || (c < ' ' || c >= 128) && Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}; in ASCII only the letters and digits are. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** A char that joins two word chars into one word ({@link #isInner}). */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.' || c == '&';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Whether the char at i joins two word chars; the text is {@code cs[0, n)} (the buffer may be longer). */
    private static boolean isInner(char[] cs, int i, int n) {
        return isJoiner(cs[i]) && i > 0 && i + 1 < n && isLetterOrDigit(cs[i - 1]) && isLetterOrDigit(cs[i + 1]);
    }

    private static boolean isDotted(char[] cs, int start, int end) {
        // letters alternate with periods: X.Y (then the period at end)
        if ((end - start) % 2 != 1 || end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = cs[k];
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Start of a trailing "'s" / "’s" (or "s'" is left alone), or -1. */
    private static int possessive(char[] cs, int start, int end) {
        if (end - start > 2) {
            char a = cs[end - 2];
            char s = cs[end - 1];
            if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) {
                return end - 2;
            }
        }
        return -1;
    }
}
