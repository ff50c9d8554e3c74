package dev.corpus.load;

import dev.corpus.util.Validate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps each char index of a normalized analysis string to a char index in the decoded source, so that
 * every offset a later stage reports can be traced back to the input. Index {@code text.length()} maps to
 * the source end of the last char.
 */
public final class OffsetMap {
    /** The map, or null for an identity map, which most lines of a copied page are and need no array for. */
    private final int @Nullable [] toSource;
    /** Where an identity map starts; unused otherwise. */
    private final int identityStart;
    /** The normalized length. */
    private final int length;

    private OffsetMap(int[] toSource) {
        this.toSource = toSource;
        this.identityStart = 0;
        this.length = toSource.length - 1;
    }

    private OffsetMap(int identityStart, int length) {
        this.toSource = null;
        this.identityStart = identityStart;
        this.length = length;
    }

    /** {@code toSource.length} must be the normalized length + 1; values must not decrease. */
    public static OffsetMap of(int[] toSource) {
        return owning(toSource.clone());
    }

    /** As {@link #of}, keeping the array itself: for a caller that made it and drops it (the normalizer). */
    static OffsetMap owning(int[] toSource) {
        Validate.isTrue(toSource.length >= 1, "offset map needs an end entry");
        for (int i = 1; i < toSource.length; i++) {
            Validate.isTrue(toSource[i] >= toSource[i - 1], "offset map must not decrease");
        }
        return new OffsetMap(toSource);
    }

    /** A map for a string copied verbatim from {@code sourceStart}. */
    public static OffsetMap identity(int sourceStart, int length) {
        Validate.isTrue(length >= 0, "length must not be negative");
        return new OffsetMap(sourceStart, length);
    }

    /** Source char index of normalized char {@code i} (0 ≤ i ≤ length). */
    public int source(int i) {
        int[] map = toSource;
        if (map != null) {
            return map[i];
        }
        Objects.checkIndex(i, length + 1);
        return identityStart + i;
    }

    public int length() {
        return length;
    }

    public int sourceStart() {
        return source(0);
    }

    public int sourceEnd() {
        return source(length);
    }

    /** Equal when they map alike, whether stored as an array or as an identity. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OffsetMap other) || other.length != length) {
            return false;
        }
        if (toSource != null && other.toSource != null) {
            return Arrays.equals(toSource, other.toSource);
        }
        for (int i = 0; i <= length; i++) {
            if (source(i) != other.source(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Arrays#hashCode(int[])} of the mapped indexes, for either form. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i <= length; i++) {
            h = 31 * h + source(i);
        }
        return h;
    }

    @Override
    public String toString() {
        return "OffsetMap[" + sourceStart() + ".." + sourceEnd() + ")";
    }
}
