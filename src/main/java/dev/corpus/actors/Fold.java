package dev.corpus.actors;

import dev.corpus.nlp.Token;
import java.text.Normalizer;
import java.util.Locale;

/** The key names are compared by: lower case, accents removed, curly apostrophes straightened. */
public final class Fold {
    private Fold() {}

    public static String of(String s) {
        return ascii(s) ? s.toLowerCase(Locale.ROOT) : accentless(s);
    }

    /** {@link #of(String)} of a token's text, which has its lower case made already. */
    static String of(Token t) {
        return ascii(t.text()) ? t.lower() : accentless(t.text());
    }

    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String accentless(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
