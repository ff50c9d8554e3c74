package dev.corpus.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 decoding, as a reporting decoder does it, in one pass: on Java 17 the String constructor
 * decodes a text with a char above U+00FF (a curly quote, most pages) byte by byte, into a Latin-1 array first
 * and then a UTF-16 one, and needs a second pass to find the U+FFFD it puts for malformed bytes. This one
 * takes ASCII eight bytes at a time and stops at the first malformed sequence.
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
        while (i < len) {
            // a run of ASCII, most of a text, eight bytes at a time
            while (i + 8 <= len && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                for (int k = 0; k < 8; k++) {
                    out[n + k] = (char) b[i + k];
                }
                i += 8;
                n += 8;
            }
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
