package dev.corpus.clean;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from words to values, looked up with a slice of a string, so that a look-up makes no
 * substring: an open-addressing table (at most a quarter full) by {@link String#hashCode} of the word, behind
 * a filter by first char and length (as {@link EdgeWords}') that turns most words away before they are hashed.
 */
final class WordTable {
    private final @Nullable String[] keys;
    private final String[] values;
    private final int mask;
    /** Bit {@code min(length, 31)} of the words by their first char's low five bits. */
    private final int[] lengths = new int[32];

    WordTable(Map<String, String> words) {
        int size = Integer.highestOneBit(Math.max(1, words.size())) * 8;
        keys = new String[size];
        values = new String[size];
        mask = size - 1;
        words.forEach((word, value) -> {
            int i = slot(word.hashCode());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = word;
            values[i] = value;
            if (!word.isEmpty()) {
                lengths[word.charAt(0) & 0x1F] |= 1 << Math.min(word.length(), 31);
            }
        });
    }

    /** The value of the word {@code text.substring(from, to)}, or null. */
    @Nullable
    String get(String text, int from, int to) {
        if (to > from && (lengths[text.charAt(from) & 0x1F] & 1 << Math.min(to - from, 31)) == 0) {
            return null;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int length = to - from;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == length && text.startsWith(key, from)) {
                return values[i];
            }
        }
        return null;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
