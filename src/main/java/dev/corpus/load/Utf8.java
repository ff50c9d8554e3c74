package dev.corpus.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 decoding, as a reporting decoder does it, in one pass: on Java 17 the String constructor
 * decodes a text with a char above U+00FF (a curly quote, most pages) byte by byte, into a Latin-1 array first
 * and then a UTF-16 one, and needs a second pass to find the U+FFFD it puts for malformed bytes. This one
 * finds ASCII eight bytes at a time, copies long runs of it with an intrinsic, and stops at the first malformed
 * sequence.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {}

    /** A decoded text and the array it was made from, whose first {@code text.length()} chars are the text's. */
    record Text(String text, char[] chars) {}

    /** The text {@code bytes[from..]} encode, or null if they are not well-formed UTF-8. */
    static @Nullable String decode(byte[] bytes, int from) {
        Text decoded = decodeWithChars(bytes, from);
        return decoded == null ? null : decoded.text();
    }

    /** As {@link #decode}, with the chars, which a caller that scans the text reads faster than the string. */
    static @Nullable Text decodeWithChars(byte[] bytes, int from) {
        char[] out = new char[bytes.length - from];
        int n = decode(bytes, from, out);
        return n < 0 ? null : new Text(new String(out, 0, n), out);
    }

    /** Decodes into {@code out} (as many chars as bytes suffice) and returns the length, or -1 if malformed. */
    private static int decode(byte[] b, int from, char[] out) {
        int len = b.length;
        int i = from;
        int n = 0;
        AsciiCopy copy = null;
        while (i < len) {
            int end = asciiEnd(b, i);
            if (end - i >= AsciiCopy.MIN_RUN) {
                copy = copy != null ? copy : new AsciiCopy(b, out);
                copy.copy(i, end, n);
            } else {
                for (int k = i; k < end; k++) {
                    out[n + k - i] = (char) b[k];
                }
            }
            n += end - i;
            i = end;
            if (i >= len) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int size = sequenceLength(c & 0xFF);
            if (size == 0 || i + size > len) {
                return -1;
            }
            int cp = codePoint(b, i, size);
            if (cp < 0) {
                return -1;
            }
            if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i += size;
        }
        return n;
    }

    /** Where the run of ASCII from {@code i} ends, to a multiple of eight bytes (most of a text): eight at a time. */
    private static int asciiEnd(byte[] b, int i) {
        int end = i;
        while (end + 8 <= b.length && ((long) LONGS.get(b, end) & HIGH_BITS) == 0) {
            end += 8;
        }
        return end;
    }

    /**
     * Copies runs of ASCII bytes into chars with the JDK's ISO-8859-1 decoder, whose loop over arrays is one
     * vectorized intrinsic (Java 17's inflate): on the HTML dev pages the decoding took about 0.6 of the CPU
     * of a loop of char stores.
     */
    private static final class AsciiCopy {
        /** Shorter runs are copied char by char: the decoder's call costs about as much. */
        static final int MIN_RUN = 64;

        private final ByteBuffer in;
        private final CharBuffer out;
        private final CharsetDecoder latin1 = StandardCharsets.ISO_8859_1.newDecoder();

        AsciiCopy(byte[] in, char[] out) {
            this.in = ByteBuffer.wrap(in);
            this.out = CharBuffer.wrap(out);
        }

        /** Copies bytes [from, to), all ASCII, to the chars from {@code at}. */
        void copy(int from, int to, int at) {
            in.limit(to).position(from);
            out.position(at);
            latin1.decode(in, out, false); // room for all: never an overflow, and Latin-1 has no malformed bytes
        }
    }

    /** How many bytes a sequence with this lead byte has; 0 for a byte that cannot lead one. */
    static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /**
     * The code point of the {@code size}-byte sequence at {@code i}, or -1 if a byte after the lead is no
     * continuation byte, or the value is overlong, a surrogate or above U+10FFFF (malformed, as the decoder says).
     */
    private static int codePoint(byte[] b, int i, int size) {
        int cp = b[i] & (0x7F >> size);
        for (int k = 1; k < size; k++) {
            int next = b[i + k];
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | next & 0x3F;
        }
        int min = size == 2 ? 0x80 : size == 3 ? 0x800 : Character.MIN_SUPPLEMENTARY_CODE_POINT;
        boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        return cp < min || surrogate || cp > Character.MAX_CODE_POINT ? -1 : cp;
    }
}
