package dev.corpus.nlp;

/** A word or punctuation mark with its {@code [start, end)} char offsets in the text it came from. */
public record Token(String text, int start, int end) {

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
