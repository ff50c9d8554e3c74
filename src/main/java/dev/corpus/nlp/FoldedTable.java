package dev.corpus.nlp;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from lower-case words to ints, looked up with any slice of a text in any case: the slice
 * is lower-cased char by char while it is hashed and compared, so a look-up makes no substring and no
 * lower-case copy. It gives what {@code map.get(slice.toLowerCase(Locale.ROOT))} gives (0 when absent).
 */
final class FoldedTable {
    private final String[] keys;
    /** The keys' chars, compared with a char array's slice without a call per char. */
    private final char[][] keyChars;
    /** The keys' hash codes, so that a probe reads a key only when its hash is the slice's. */
    private final int[] hashes;

    private final int[] values;
    private final Map<String, Integer> map;
    private final int mask;
    private final int maxLength;
    /**
     * Bit n set for the keys of length n, by their first and last char ({@link #bucket}), or null when some key
     * holds a char that rules the filter out (see {@link #lengthsByEnds}). Most words that are no key are told
     * apart by these three without hashing them: a prose word's length and ends rarely fit a short key's.
     */
    private final int @Nullable [] lengths;

    FoldedTable(Map<String, Integer> map) {
        this.map = Map.copyOf(map);
        int size = Integer.highestOneBit(Math.max(1, map.size() * 3)) * 2;
        keys = new String[size];
        keyChars = new char[size][];
        hashes = new int[size];
        values = new int[size];
        mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            String key = e.getKey();
            int i = slot(key.hashCode());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            keyChars[i] = key.toCharArray();
            hashes[i] = key.hashCode();
            values[i] = e.getValue();
            longest = Math.max(longest, key.length());
        }
        maxLength = longest;
        lengths = lengthsByEnds(map.keySet(), longest);
    }

    /**
     * The {@link #lengths} filter, valid when a slice whose first and last chars are ASCII has a lower case of
     * its own length that starts and ends with theirs. Lower-casing makes no char shorter (see {@link #get})
     * and keeps each char in place, and it makes a char longer only into a surrogate pair or, for the dotted
     * capital I, with a combining dot (U+0307): so the filter holds when no key has either, since a slice
     * that grows then matches no key anyway.
     */
    private static int @Nullable [] lengthsByEnds(Iterable<String> keys, int longest) {
        if (longest >= Integer.SIZE) {
            return null;
        }
        int[] lengths = new int[BUCKETS];
        for (String key : keys) {
            if (key.isEmpty()
                    || key.indexOf('\u0307') >= 0
                    || key.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                return null;
            }
            lengths[bucket(key.charAt(0), key.charAt(key.length() - 1))] |= 1 << key.length();
        }
        return lengths;
    }

    private static final int BUCKETS = 1 << 10;

    /** A bucket for a first and last char, each lower-cased; shared buckets only make the filter pass more. */
    private static int bucket(int first, int last) {
        return ((first & 0x1F) << 5) | (last & 0x1F);
    }

    /**
     * False when no key is the lower case of the slice {@code [start, end)} whose first and last chars are
     * given: then the slice need not be hashed. Answers only for ASCII ends, true for any other.
     */
    private boolean mayHold(char first, char last, int length) {
        return lengths == null
                || first >= 0x80
                || last >= 0x80
                || (lengths[bucket(fold(first), fold(last))] & (1 << length)) != 0;
    }

    /** The value of {@code text[start, end)} lower-cased, 0 when the table has no such key. */
    int get(CharSequence text, int start, int end) {
        if (end - start > maxLength) {
            return 0; // lower-casing makes no char shorter, so the lower case is too long as well
        }
        if (end > start && !mayHold(text.charAt(start), text.charAt(end - 1), end - start)) {
            return 0;
        }
        // String.hashCode of the lower-cased slice, computed from the slice
        int h = 0;
        for (int i = start; i < end; i++) {
            int c = lower(text.charAt(i));
            if (c < 0) {
                return slow(text, start, end);
            }
            h = 31 * h + c;
        }
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && matches(keys[i], text, start, end)) {
                return values[i];
            }
        }
        return 0;
    }

    /** As {@link #get(CharSequence, int, int)} for a slice of a char array, read without a call per char. */
    int get(char[] text, int start, int end) {
        if (end - start > maxLength) {
            return 0;
        }
        if (end > start && !mayHold(text[start], text[end - 1], end - start)) {
            return 0;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            int c = fold(text[i]);
            if (c < 0) {
                return slow(java.nio.CharBuffer.wrap(text), start, end);
            }
            h = 31 * h + c;
        }
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && matches(keyChars[i], text, start, end)) {
                return values[i];
            }
        }
        return 0;
    }

    private static boolean matches(char[] key, char[] text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key[i - start] != fold(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key.charAt(i - start) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int slow(CharSequence text, int start, int end) {
        Integer v = map.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
        return v == null ? 0 : v;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** {@link #lower}, with ASCII, most words' chars, answered small enough for the JIT to inline. */
    private static int fold(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : lower(c);
    }

    /**
     * The char {@code String.toLowerCase(Locale.ROOT)} makes of {@code c} wherever it stands, or -1 for the
     * chars it treats apart: surrogates, capital sigma (final or not, by context) and dotted capital I (two
     * chars), and any that would lower-case outside the BMP.
     */
    private static int lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
            return -1;
        }
        int lower = Character.toLowerCase((int) c);
        return Character.isBmpCodePoint(lower) ? lower : -1;
    }
}
