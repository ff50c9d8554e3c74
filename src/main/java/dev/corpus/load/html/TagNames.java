package dev.corpus.load.html;

import java.util.Collection;
import java.util.Locale;

/**
 * Tag names as the scan reads them, without a substring and a lower-cased copy per tag: a name the scan knows
 * is found by its ASCII-lowercase hash and compared in place, and its constant returned. The scan asks only
 * whether a name is one of its known ones, so every other ASCII name can be one placeholder.
 */
final class TagNames {
    /** Any ASCII tag name the scan does not know: never equal to a known name. */
    static final String OTHER = "#other";

    private static final int SLOTS = 512;
    private final String[] table = new String[SLOTS];

    /** @param known lowercase ASCII names, fewer than half of {@link #SLOTS} */
    TagNames(Collection<String> known) {
        for (String name : known) {
            int slot = hash(name, 0, name.length()) & (SLOTS - 1);
            while (table[slot] != null && !table[slot].equals(name)) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            table[slot] = name;
        }
    }

    /**
     * The lowercased name in {@code source[from, to)}, as {@code substring(from, to).toLowerCase(Locale.ENGLISH)}
     * gives it for a known name, {@link #OTHER} for another ASCII name; a name with other chars is lower-cased
     * as a copy (its case mapping is not ASCII's).
     */
    String of(String source, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c >= 128) {
                return source.substring(from, to).toLowerCase(Locale.ENGLISH);
            }
            h = 31 * h + lowerAscii(c);
        }
        int n = to - from;
        for (int slot = h & (SLOTS - 1); table[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            String name = table[slot];
            if (name.length() == n && source.regionMatches(true, from, name, 0, n)) {
                return name;
            }
        }
        return OTHER;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lowerAscii(s.charAt(i));
        }
        return h;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
