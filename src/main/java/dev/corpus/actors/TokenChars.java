package dev.corpus.actors;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import java.util.List;

/**
 * What the name rules ask of every token's chars, read in one pass over them: whether they are all ASCII
 * (its folded form is its lower case) and whether a hyphen follows its first char ("Japan-North", a
 * gazetteer form written with a space). Asking each with its own scan ({@link Fold#ascii}, {@code indexOf})
 * was a noticeable share of the stage. The tokenizer gives them with a block's tokens ({@link
 * dev.corpus.nlp.Tokenized#chars}); these methods serve the tokens the name rules make themselves.
 */
final class TokenChars {
    /** Every char is ASCII: {@link Fold#ascii}. */
    static final byte ASCII = Tokenizer.ALL_ASCII;
    /** {@code text.indexOf('-') > 0}. */
    static final byte HYPHEN = Tokenizer.INNER_HYPHEN;

    private TokenChars() {}

    /** The flags of each token. */
    static byte[] of(List<Token> tokens) {
        byte[] out = new byte[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = of(tokens.get(k).text());
        }
        return out;
    }

    static byte of(String s) {
        int high = 0;
        boolean hyphen = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            high |= c;
            hyphen |= c == '-';
        }
        if (!s.isEmpty()) {
            high |= s.charAt(0);
            hyphen &= s.charAt(0) != '-'; // as indexOf('-') > 0: the first hyphen is not the first char
        }
        return (byte) ((high < 128 ? ASCII : 0) | (hyphen ? HYPHEN : 0));
    }

    static boolean is(byte flags, byte flag) {
        return (flags & flag) != 0;
    }
}
