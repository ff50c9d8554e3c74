package dev.corpus.actors;

import java.text.Normalizer;
import java.util.Locale;

/** The key names are compared by: lower case, accents removed, curly apostrophes straightened. */
public final class Fold {
    private Fold() {}

    public static String of(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
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
