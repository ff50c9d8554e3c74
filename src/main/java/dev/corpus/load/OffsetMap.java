package dev.corpus.load;

import dev.corpus.util.Validate;
import java.util.Arrays;

/**
 * Maps each char index of a normalized analysis string to a char index in the decoded source, so that
 * every offset a later stage reports can be traced back to the input. Index {@code text.length()} maps to
 * the source end of the last char.
 */
public final class OffsetMap {
    private final int[] toSource;

    private OffsetMap(int[] toSource) {
        this.toSource = toSource;
    }

    /** {@code toSource.length} must be the normalized length + 1; values must not decrease. */
    public static OffsetMap of(int[] toSource) {
        Validate.isTrue(toSource.length >= 1, "offset map needs an end entry");
        for (int i = 1; i < toSource.length; i++) {
            Validate.isTrue(toSource[i] >= toSource[i - 1], "offset map must not decrease");
        }
        return new OffsetMap(toSource.clone());
    }

    /** A map for a string copied verbatim from {@code sourceStart}. */
    public static OffsetMap identity(int sourceStart, int length) {
        int[] map = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            map[i] = sourceStart + i;
        }
        return new OffsetMap(map);
    }

    /** Source char index of normalized char {@code i} (0 ≤ i ≤ length). */
    public int source(int i) {
        return toSource[i];
    }

    public int length() {
        return toSource.length - 1;
    }

    public int sourceStart() {
        return toSource[0];
    }

    public int sourceEnd() {
        return toSource[toSource.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other && Arrays.equals(toSource, other.toSource);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toSource);
    }

    @Override
    public String toString() {
        return "OffsetMap[" + sourceStart() + ".." + sourceEnd() + ")";
    }
}
