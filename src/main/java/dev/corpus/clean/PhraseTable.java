package dev.corpus.clean;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The furniture phrases with their reasons, looked up by a key's 64-bit {@link CorpusProfile#hash}, which the
 * cleaner has for every block's key already: a {@code HashMap<String, String>} would hash the key's chars again
 * (a new string each time, with no cached hash). The key is still compared, so the answers are the map's.
 */
final class PhraseTable {
    private final long[] hashes;
    private final @Nullable String[] keys;
    private final String[] reasons;

    PhraseTable(Map<String, String> phrases) {
        int size = Integer.highestOneBit(Math.max(1, phrases.size())) * 4;
        hashes = new long[size];
        keys = new String[size];
        reasons = new String[size];
        phrases.forEach((key, reason) -> {
            long h = CorpusProfile.hash(key);
            int i = slot(h);
            while (keys[i] != null) {
                i = (i + 1) & (size - 1);
            }
            hashes[i] = h;
            keys[i] = key;
            reasons[i] = reason;
        });
    }

    /** The phrases of {@code keys}, each its own reason: a set, as {@link #contains} asks. */
    static PhraseTable ofSet(Set<String> keys) {
        return new PhraseTable(keys.stream().collect(Collectors.toMap(k -> k, k -> k)));
    }

    /** Whether {@code key}, whose {@link CorpusProfile#hash} is {@code hash}, is one of the phrases. */
    boolean contains(String key, long hash) {
        return get(key, hash) != null;
    }

    /** The reason of {@code key}, whose {@link CorpusProfile#hash} is {@code hash}, or null. */
    @Nullable
    String get(String key, long hash) {
        for (int i = slot(hash); keys[i] != null; i = (i + 1) & (keys.length - 1)) {
            if (hashes[i] == hash && key.equals(keys[i])) {
                return reasons[i];
            }
        }
        return null;
    }

    private int slot(long hash) {
        return (int) hash & (keys.length - 1);
    }
}
