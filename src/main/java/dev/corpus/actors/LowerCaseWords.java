package dev.corpus.actors;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.List;

/**
 * The words one document writes starting with a lower-case letter (a capitalized one of them is no name).
 * Built from every token of the document, so it is an open-addressed table of the words and their hashes,
 * not a HashSet that allocates an entry per word. Sized at one or two slots a token (four were most of
 * what it allocated) and grown if the distinct words need more. Filled once, while the document's blocks are
 * read in, and only read after.
 */
final class LowerCaseWords {
    private String[] words;
    /** The hash of the word in the same slot (its String caches it): most probes compare no text. */
    private int[] hashes;

    private int size;

    private LowerCaseWords(int slots) {
        words = new String[slots];
        hashes = new int[slots];
    }

    /** The lower-case words of the texts' tokens. */
    static LowerCaseWords of(List<Tokenized> texts) {
        LowerCaseWords out = forTexts(texts);
        for (Tokenized t : texts) {
            out.addLowerWords(t.tokens());
        }
        return out;
    }

    /**
     * An empty table sized for the texts' tokens, for {@link BlockTokens} to fill as it reads each token's first
     * char anyway (a pass of its own over the document's tokens was a tenth of the stage's own time).
     */
    static LowerCaseWords forTexts(List<Tokenized> texts) {
        int tokens = 0;
        for (Tokenized t : texts) {
            tokens += t.tokens().size();
        }
        // a slot or two per token: news text writes fewer distinct lower-case words than half its tokens, so
        // the table seldom grows (rehashing was a sixth of the work at a fixed start)
        return new LowerCaseWords(Integer.highestOneBit(Math.max(64, tokens)) * 2);
    }

    /** Adds the tokens that start with a lower-case letter. */
    void addLowerWords(List<Token> tokens) {
        for (Token x : tokens) {
            if (startsLower(x)) {
                add(x.text());
            }
        }
    }

    /** A word ({@link Token#isWord}) starting with a lower-case letter; ASCII told without Character's tables. */
    static boolean startsLower(Token t) {
        char c = t.text().charAt(0);
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        // the case first, of the char itself unless it starts a surrogate pair: most such tokens are quotes and
        // dashes, told by one table look-up (codePointAt and isWord were a tenth of the stage's own time)
        int first = Character.isHighSurrogate(c) ? t.text().codePointAt(0) : c;
        return Character.isLowerCase(first) && t.isWord();
    }

    boolean contains(String word) {
        return words[slot(word, word.hashCode())] != null;
    }

    /** Adds a word; only while the document's blocks are read in, before any {@link #contains}. */
    void add(String word) {
        int h = word.hashCode();
        int i = slot(word, h);
        if (words[i] == null) {
            words[i] = word;
            hashes[i] = h;
            if (++size * 2 > words.length) { // load factor at most 1/2
                grow();
            }
        }
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        words = new String[oldWords.length * 2];
        hashes = new int[words.length];
        for (int j = 0; j < oldWords.length; j++) {
            if (oldWords[j] != null) {
                int i = slot(oldWords[j], oldHashes[j]);
                words[i] = oldWords[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** The slot that holds {@code word} (whose hash is {@code h}), or the empty slot where it would go. */
    private int slot(String word, int h) {
        int mask = words.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (words[i] != null && !(hashes[i] == h && words[i].equals(word))) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
