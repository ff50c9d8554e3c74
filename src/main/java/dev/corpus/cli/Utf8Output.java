package dev.corpus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered writer that encodes UTF-8 itself, for the run's output: the same bytes as a BufferedWriter over an
 * OutputStreamWriter (a lone surrogate becomes '?', as the JDK's encoder replaces it), in one pass. The JDK's
 * encoder leaves its fast loop for good at the first non-ASCII char of each 8 KB chunk, and nearly every
 * record has one (a curly quote, a dash); the main thread spent about a third of its time writing a record
 * there. Not thread-safe, like the writers it replaces.
 */
final class Utf8Output extends Writer {
    /** Room for a whole record of the usual size, so that a record is mostly one write to the stream. */
    private static final int SIZE = 1 << 16;
    /** The most bytes one char (or a surrogate pair) takes. */
    private static final int MAX_CHAR_BYTES = 4;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private final char[] scratch = new char[SIZE / MAX_CHAR_BYTES];
    private int length;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char high;

    Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        if (high != 0 && i < end) {
            i = afterHigh(chars[i], i);
        }
        while (i < end) {
            room();
            i = asciiRun(chars, i, Math.min(end, i + SIZE - MAX_CHAR_BYTES - length));
            if (i < end && chars[i] >= 0x80) {
                i = encodeAt(chars, i, end);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        // through the scratch buffer: the JSON generator writes char arrays, a String is the rare case
        for (int from = off, end = off + len; from < end; ) {
            int to = Math.min(end, from + scratch.length);
            s.getChars(from, to, scratch, 0);
            write(scratch, 0, to - from);
            from = to;
        }
    }

    @Override
    public void write(int c) throws IOException {
        scratch[0] = (char) c;
        write(scratch, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (high != 0) {
            // the JDK's encoder, too, replaces a high surrogate left at the end
            high = 0;
            room();
            buf[length++] = '?';
        }
        flush();
        out.close();
    }

    /** Copies chars below 0x80 from {@code i} up to {@code stop} or the first other char; returns where it stopped. */
    private int asciiRun(char[] chars, int i, int stop) {
        byte[] b = buf;
        int n = length;
        while (i < stop) {
            char c = chars[i];
            if (c >= 0x80) {
                break;
            }
            b[n++] = (byte) c;
            i++;
        }
        length = n;
        return i;
    }

    /** Encodes the char at {@code i} (with its low half, for a high surrogate); returns the index after. */
    private int encodeAt(char[] chars, int i, int end) {
        char c = chars[i];
        if (!Character.isHighSurrogate(c)) {
            bmp(c);
            return i + 1;
        }
        if (i + 1 == end) {
            high = c;
            return end;
        }
        return surrogates(c, chars[i + 1]) ? i + 2 : i + 1;
    }

    /** The char after a high surrogate that ended the last write; returns the index to go on from. */
    private int afterHigh(char next, int i) throws IOException {
        char h = high;
        high = 0;
        room();
        return surrogates(h, next) ? i + 1 : i;
    }

    /** A high surrogate and the char after it: their code point if that is a low surrogate, else '?' alone. */
    private boolean surrogates(char h, char next) {
        if (!Character.isLowSurrogate(next)) {
            buf[length++] = '?';
            return false;
        }
        int cp = Character.toCodePoint(h, next);
        buf[length++] = (byte) (0xF0 | (cp >> 18));
        buf[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[length++] = (byte) (0x80 | (cp & 0x3F));
        return true;
    }

    /** A char of the basic plane from 0x80 on; a lone low surrogate is '?'. */
    private void bmp(char c) {
        if (c < 0x800) {
            buf[length++] = (byte) (0xC0 | (c >> 6));
            buf[length++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            buf[length++] = '?';
        } else {
            buf[length++] = (byte) (0xE0 | (c >> 12));
            buf[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[length++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Room for one more char's bytes, and then some (so that an ASCII run always moves on). */
    private void room() throws IOException {
        if (length >= SIZE - MAX_CHAR_BYTES) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (length > 0) {
            out.write(buf, 0, length);
            length = 0;
        }
    }
}
