package dev.corpus.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit hash of a file's bytes, which tells a file that changed between two reads (an edit keeping its
 * length, say) from the one read before: the corpus-learning pre-pass keeps a parsed page, and the main pass
 * uses it only when the bytes it reads again have the same fingerprint. Not for adversaries: a file is not
 * rewritten to collide with itself.
 *
 * <p>The bytes are read eight at a time in four independent lanes, so that the multiplies overlap: an HTML
 * page's source is ~160 KB, and a hash of its decoded chars, one char at a time, took about a tenth of an
 * HTML run. Each step of a lane ({@code rotl(h + w * P2, 31) * P1}) is a bijection of the lane for a fixed
 * word and of the word for a fixed lane, so any one changed word changes the result.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;

    private Fingerprint() {}

    /** The fingerprint of {@code bytes[0, length)}. */
    public static long of(byte[] bytes, int length) {
        long h0 = P1;
        long h1 = P2;
        long h2 = 0;
        long h3 = -P1;
        int i = 0;
        for (; i + 32 <= length; i += 32) {
            h0 = round(h0, (long) LONGS.get(bytes, i));
            h1 = round(h1, (long) LONGS.get(bytes, i + 8));
            h2 = round(h2, (long) LONGS.get(bytes, i + 16));
            h3 = round(h3, (long) LONGS.get(bytes, i + 24));
        }
        for (; i < length; i++) {
            h0 = round(h0, bytes[i] & 0xFF);
        }
        long h = Long.rotateLeft(h0, 1) + Long.rotateLeft(h1, 7) + Long.rotateLeft(h2, 12) + Long.rotateLeft(h3, 18);
        h ^= length;
        // a finalizer that spreads every bit over all 64 (MurmurHash3's)
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long round(long lane, long word) {
        return Long.rotateLeft(lane + word * P2, 31) * P1;
    }
}
