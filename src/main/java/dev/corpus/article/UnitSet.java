package dev.corpus.article;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of {@link TextHeadline} units, made once per page for the body's opening (hundreds of words). Most
 * units are stems of at most seven ASCII chars: those are packed into a long, one char a byte, and kept in an
 * open-addressed table, so that adding one makes no string and looking one up hashes no string. Other units
 * (non-ASCII stems, CJK pairs) are kept as strings. Used by one thread.
 */
final class UnitSet implements TextHeadline.Units {
    /** The most chars a packed unit holds: one byte each, the top byte left clear. */
    static final int MAX_PACKED = 7;

    /** Room for 256 units before the table grows: a body's opening of 400 words has about that many. */
    private static final int INITIAL = 512;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final char ASCII_END = 0x80;

    /** Packed units; 0 marks a free slot (no packed unit is 0: a unit has a char and none is NUL). */
    private long[] table = new long[INITIAL];

    private int packedCount;
    private final Set<String> others = new HashSet<>();

    /** {@code packed} with the ASCII char {@code c} appended: how a unit is packed one char at a time. */
    static long append(long packed, char c) {
        return packed << Byte.SIZE | c;
    }

    /** The unit packed, or 0 when it is no short ASCII string (it is then kept as a string). */
    static long pack(String unit) {
        if (unit.isEmpty() || unit.length() > MAX_PACKED) {
            return 0;
        }
        long packed = 0;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (c == 0 || c >= ASCII_END) {
                return 0;
            }
            packed = append(packed, c);
        }
        return packed;
    }

    /** Adds a unit given packed (see {@link #pack}). */
    @Override
    public void add(long packed) {
        if (2 * (packedCount + 1) > table.length) {
            grow();
        }
        if (insert(table, packed)) {
            packedCount++;
        }
    }

    /** Adds a unit. */
    @Override
    public void add(String unit) {
        long packed = pack(unit);
        if (packed != 0) {
            add(packed);
        } else {
            others.add(unit);
        }
    }

    boolean contains(String unit) {
        long packed = pack(unit);
        return packed == 0 ? others.contains(unit) : contains(packed);
    }

    /** Whether the set holds the unit given packed (see {@link #pack}). */
    boolean contains(long packed) {
        int mask = table.length - 1;
        for (int i = slot(packed, mask); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == packed) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return packedCount + others.size();
    }

    private void grow() {
        long[] larger = new long[table.length * 2];
        for (long packed : table) {
            if (packed != 0) {
                insert(larger, packed);
            }
        }
        table = larger;
    }

    /** Puts {@code packed} into {@code into} unless there; whether it was new. */
    private static boolean insert(long[] into, long packed) {
        int mask = into.length - 1;
        int i = slot(packed, mask);
        while (into[i] != 0) {
            if (into[i] == packed) {
                return false;
            }
            i = (i + 1) & mask;
        }
        into[i] = packed;
        return true;
    }

    private static int slot(long packed, int mask) {
        // the high bits of a multiplicative hash: packed units differ mostly in their low bytes
        return (int) ((packed * GOLDEN) >>> Integer.SIZE) & mask;
    }
}
