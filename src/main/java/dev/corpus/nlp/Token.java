package dev.corpus.nlp;

import java.util.Locale;

/**
 * A word or punctuation mark with its {@code [start, end)} char offsets in the text it came from, and its
 * text in lower case: the later stages compare lower-cased words many times over, so it is made once.
 */
public record Token(String text, int start, int end, String lower) {

    public Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Every letter is upper case and there are at least two letters ("US", "DPRK", "U.S."). */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
