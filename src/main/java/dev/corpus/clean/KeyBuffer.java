package dev.corpus.clean;

/**
 * Makes the {@link Boilerplate#key} of one block text after another in a reused buffer, with its 64-bit
 * {@link CorpusProfile#hash}: the pre-pass and the cleaner key every block, and a caller that only needs the
 * hash makes no string. Used by one thread.
 */
final class KeyBuffer {
    private char[] chars = new char[0];
    private int length;

    /** Makes the key of {@code text} and returns its hash. */
    long hash(String text) {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        length = Boilerplate.key(text, chars);
        return CorpusProfile.hash(chars, length);
    }

    /** The length of the key last made. */
    int length() {
        return length;
    }

    /** The key last made. */
    String key() {
        return new String(chars, 0, length);
    }
}
