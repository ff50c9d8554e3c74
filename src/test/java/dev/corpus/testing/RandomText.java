package dev.corpus.testing;

import java.util.Random;

/** Random short strings over a small alphabet, for tests that check a fast path against the plain one. */
public final class RandomText {
    private RandomText() {}

    /**
     * Pieces for {@link #ofPieces} that exercise line splitting, normalizing and word scans: letters with odd
     * case mappings, every line break and odd space, chars normalizing removes, emoji halves and joiners,
     * brackets, digits, dashes and a word long enough to be cut. A fresh array each time.
     */
    public static String[] linePieces() {
        return new String[] {
            "a",
            "Bc",
            "\u00E9",
            "\u00E4",
            "\u00C4\u00DF\u0130\u01C5\u216B",
            "\u201Cq\u201D",
            "x y",
            " ",
            "  ",
            "\t",
            "\u00A0",
            "\u2009",
            "\u3000",
            "\n",
            "\r",
            "\r\n",
            "\n\n",
            "\f",
            "\u000B",
            "\u0085",
            "\u2028",
            "\u2029",
            "\u200B",
            "\u200D",
            "\u00AD",
            "\u0001",
            "\u007F",
            "\u0090",
            "\uFEFF",
            "\u202A",
            "\uFE0F",
            "\uD83D\uDE00",
            "\uD83D",
            "\uDE00",
            "-",
            "'",
            "\u2019",
            "(",
            ")",
            "[",
            "]",
            "7",
            ".",
            "~",
            "\u2014",
            "word".repeat(30),
        };
    }

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
