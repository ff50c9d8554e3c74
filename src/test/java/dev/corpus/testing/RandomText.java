package dev.corpus.testing;

import java.util.Random;

/** Random short strings over a small alphabet, for tests that check a fast path against the plain one. */
public final class RandomText {
    private RandomText() {}

    /** A string of {@code random.nextInt(maxLength)} chars, each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
