package dev.corpus.actors;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.List;

/**
 * The words one document writes starting with a lower-case letter (a capitalized one of them is no name).
 * Built from every token of the document, so it is an open-addressed table of the words and their hashes
 * sized once for them, not a HashSet that allocates an entry per word. Immutable once made.
 */
final class LowerCaseWords {
    private final String[] words;
    /** The hash of the word in the same slot (its String caches it): most probes compare no text. */
    private final int[] hashes;

    private final int mask;

    private LowerCaseWords(int capacity) {
        int slots = Integer.highestOneBit(Math.max(8, capacity) * 2) * 2; // load factor at most 1/2
        words = new String[slots];
        hashes = new int[slots];
        mask = slots - 1;
    }

    /** The lower-case words of the texts' tokens. */
    static LowerCaseWords of(List<Tokenized> texts) {
        int tokens = 0;
        for (Tokenized t : texts) {
            tokens += t.tokens().size();
        }
        LowerCaseWords out = new LowerCaseWords(tokens);
        for (Tokenized t : texts) {
            for (Token x : t.tokens()) {
                if (startsLower(x)) {
                    out.add(x.text());
                }
            }
        }
        return out;
    }

    /** A word ({@link Token#isWord}) starting with a lower-case letter; ASCII told without Character's tables. */
    static boolean startsLower(Token t) {
        char c = t.text().charAt(0);
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        return t.isWord() && Character.isLowerCase(t.text().codePointAt(0));
    }

    boolean contains(String word) {
        return words[slot(word, word.hashCode())] != null;
    }

    private void add(String word) {
        int h = word.hashCode();
        int i = slot(word, h);
        if (words[i] == null) {
            words[i] = word;
            hashes[i] = h;
        }
    }

    /** The slot that holds {@code word} (whose hash is {@code h}), or the empty slot where it would go. */
    private int slot(String word, int h) {
        int i = (h ^ (h >>> 16)) & mask;
        while (words[i] != null && !(hashes[i] == h && words[i].equals(word))) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
