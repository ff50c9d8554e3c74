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

    /** Up to {@code maxPieces - 1} of {@code pieces} in a row, each followed by a space or not, at random. */
    public static String ofPieces(Random random, String[] pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(maxPieces);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
