package dev.corpus.nlp;

import org.jspecify.annotations.Nullable;

/**
 * Converts char indexes of one text to code point indexes: O(1) when the text has no surrogate pairs
 * (the usual case), a prefix table otherwise.
 */
public final class CodePoints {
    /** Code point index by char index; null when they are the same. */
    private final int @Nullable [] prefix;

    public CodePoints(String text) {
        // without a surrogate pair every char is a code point of its own (a lone surrogate counts as one, as below):
        // the count tells so at once for a Latin-1 text, where a scan of charAt was a share of the actors stage
        int @Nullable [] p = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            p = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                p[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i))
                        && i > 0
                        && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    cp++;
                }
            }
            p[text.length()] = cp;
            // a low surrogate's index maps to its pair's code point
            for (int i = 1; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                    p[i] = p[i - 1];
                }
            }
        }
        this.prefix = p;
    }

    public int of(int charIndex) {
        return prefix == null ? charIndex : prefix[charIndex];
    }
}
