package dev.corpus.clean;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The first (or last) words of the furniture phrases of two or more words, looked up by a word's place in a
 * {@link Boilerplate#key}: a block whose first (last) word is none of them starts (ends) with no such phrase.
 * Most blocks' words are told apart by their first char and length, without a substring and its hash.
 */
final class EdgeWords {
    /** The words in an open-addressing table (at most half full) by {@link #hash}: looked up without a substring. */
    private final @Nullable String[] table;
    /** Bit {@code min(length, 31)} of the words by their first char's low five bits. */
    private final int[] lengths = new int[32];

    private EdgeWords(Set<String> words) {
        table = new String[Integer.highestOneBit(Math.max(1, words.size())) * 4];
        for (String w : words) {
            if (!w.isEmpty()) {
                lengths[bucket(w.charAt(0))] |= bit(w.length());
            }
            int i = slot(hash(w, 0, w.length()));
            while (table[i] != null) {
                i = (i + 1) & (table.length - 1);
            }
            table[i] = w;
        }
    }

    /**
     * The first ({@code first}) or last {@code n} words of the phrases of two or more words, as one string (the
     * whole phrase when it has fewer): a key opens (ends) with such a phrase only where its own first (last)
     * {@code n} words are one of them.
     */
    static EdgeWords of(Map<String, String> phrases, boolean first, int n) {
        return new EdgeWords(phrases.keySet().stream()
                .filter(k -> k.indexOf(' ') > 0)
                .map(k -> first ? k.substring(0, firstWordsEnd(k, n)) : k.substring(lastWordsStart(k, n)))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Where the first {@code n} words of a key end: the n-th space, or the key's end when it has no more. */
    static int firstWordsEnd(String key, int n) {
        int end = -1;
        for (int w = 0; w < n; w++) {
            end = key.indexOf(' ', end + 1);
            if (end < 0) {
                return key.length();
            }
        }
        return end;
    }

    /** Where the last {@code n} words of a key start: after the n-th space from its end, or 0. */
    static int lastWordsStart(String key, int n) {
        int start = key.length();
        for (int w = 0; w < n; w++) {
            start = start <= 0 ? -1 : key.lastIndexOf(' ', start - 1);
            if (start < 0) {
                return 0;
            }
        }
        return start + 1;
    }

    /** Whether {@code key.substring(from, to)} is one of the words. */
    boolean contains(String key, int from, int to) {
        if (to > from && (lengths[bucket(key.charAt(from))] & bit(to - from)) == 0) {
            return false;
        }
        int length = to - from;
        for (int i = slot(hash(key, from, to)); table[i] != null; i = (i + 1) & (table.length - 1)) {
            String w = table[i];
            if (w.length() == length && key.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }

    /** {@code key.substring(from, to).hashCode()}, without the substring. */
    private static int hash(String key, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (table.length - 1);
    }

    private static int bucket(char first) {
        return first & 0x1F;
    }

    private static int bit(int length) {
        return 1 << Math.min(length, 31);
    }
}
