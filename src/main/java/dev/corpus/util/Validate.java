package dev.corpus.util;

import org.jspecify.annotations.Nullable;

/** Tiny argument checks, in the manner of jsoup's {@code Validate}: fail fast with a clear message. */
public final class Validate {
    private Validate() {}

    public static <T> T notNull(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static int nonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, was " + value);
        }
        return value;
    }
}
