package dev.corpus.clean;

import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Words;

/**
 * A block's words ({@link Words#of}) as bounds in its text, each with the languages whose function-word
 * lists have it ({@link Stopwords#languageBits}): found once per block, read by the page's language
 * detection and by the block's features.
 */
final class BlockWords {
    /** The block's text as an array: the features read it char by char, without a call per char. */
    private final char[] chars;

    private final int[] bounds;
    private final int[] languageBits;
    /** {@link BlockFeatures#contactRun} of the text. */
    private final boolean contactRun;

    private BlockWords(char[] chars, int[] bounds, int[] languageBits, boolean contactRun) {
        this.chars = chars;
        this.bounds = bounds;
        this.languageBits = languageBits;
        this.contactRun = contactRun;
    }

    static BlockWords of(String text) {
        return of(text, new int[text.length() + 1]);
    }

    /** As {@link #of(String)}, with scratch room for {@link Words#bounds(char[], int, int[])}. */
    static BlockWords of(String text, int[] scratch) {
        char[] chars = text.toCharArray();
        int[] bounds = Words.bounds(chars, chars.length, scratch);
        int[] bits = new int[bounds.length / 2];
        Stopwords.languageBits(chars, bounds, bits);
        // here, while the chars are in the cache from the word scan: the features come after the whole page's
        // keys, when a long block's middle is read from memory again
        return new BlockWords(chars, bounds, bits, BlockFeatures.contactRun(chars));
    }

    /** {@link BlockFeatures#contactRun} of the text: whether it may be a contact. */
    boolean contactRun() {
        return contactRun;
    }

    /** The bounds of the words (see {@link Words#bounds}); the caller must not change them. */
    int[] bounds() {
        return bounds;
    }

    char[] chars() {
        return chars;
    }

    int count() {
        return languageBits.length;
    }

    int length(int k) {
        return bounds[2 * k + 1] - bounds[2 * k];
    }

    /** A word never holds a surrogate, so its first char is its first code point. */
    boolean capitalized(int k) {
        return LetterCase.upper(chars[bounds[2 * k]]);
    }

    boolean allDigits(int k) {
        for (int i = bounds[2 * k]; i < bounds[2 * k + 1]; i++) {
            if (!Character.isDigit(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code k} is a function word of the language whose {@link Stopwords#bit} is given. */
    boolean stopword(int k, int languageBit) {
        return (languageBits[k] & languageBit) != 0;
    }

    /**
     * How many words are function words of the language whose {@link Stopwords#bit} is given: as counting
     * {@link #stopword} of each, without a branch per word (about every other word of prose is one).
     */
    int stopwords(int languageBit) {
        int n = 0;
        for (int bits : languageBits) {
            n += -(bits & languageBit) >>> 31; // 1 when the word has the bit: bits are never negative
        }
        return n;
    }

    /**
     * How many words after the first are {@link #capitalized}, but for the function words of the language
     * (whose bit is given) of three letters or fewer ("In", "Of" in a title-case headline): as testing each,
     * without a branch per word.
     */
    int capitalizedAfterFirst(int languageBit) {
        int n = 0;
        for (int k = 1; k < languageBits.length; k++) {
            int start = bounds[2 * k];
            int stopword = -(languageBits[k] & languageBit) >>> 31;
            int shortWord = (bounds[2 * k + 1] - start - 4) >>> 31; // 1 for up to three chars
            n += LetterCase.upperBit(chars[start]) & ~(stopword & shortWord);
        }
        return n;
    }

    /** Adds this block's function words per language to {@code tally}. */
    void countLanguages(Stopwords.Tally tally) {
        tally.add(languageBits);
    }
}
