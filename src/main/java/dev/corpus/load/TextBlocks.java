package dev.corpus.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into blocks: one per non-empty line. Copied pages put each paragraph, menu entry and
 * headline on its own line, so a line is the unit at which article and clutter separate.
 */
public final class TextBlocks {
    private TextBlocks() {}

    public static List<Block> split(String text) {
        return split(text, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    /** As {@link #split(String)}, for a caller that has the text's chars: {@code chars} begins with them. */
    static List<Block> split(String text, char[] chars) {
        return split(text, chars, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    static List<Block> split(String text, int maxBlocks, int maxBlockChars) {
        // the text scanned as an array: String.charAt was most of the time here
        return split(text, text.toCharArray(), maxBlocks, maxBlockChars);
    }

    static List<Block> split(String text, char[] chars, int maxBlocks, int maxBlockChars) {
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n && blocks.size() < maxBlocks) {
            // One pass finds the line's end and whether normalizing would leave it as it is, as it would most
            // lines of a copied page (TextNormalizer.unchanged): no odd char, no space at an end or doubled.
            int lineEnd = lineStart;
            int before = SPACE; // a space at the line's start is one to trim
            int changed = 0;
            for (int kind; lineEnd < n && (kind = kindOf(chars[lineEnd])) != BREAK; lineEnd++) {
                // an odd char, or a space after a space
                changed |= kind & (ODD | before);
                before = kind;
            }
            boolean plain = (changed | (before & SPACE)) == 0;
            // a plain line begins with a plain char, neither a space nor a removed one
            int indent = plain ? 0 : indentOf(chars, lineStart, lineEnd);
            int blocksBefore = blocks.size();
            // A hostile single-line file must not become one giant block: cut long lines into pieces.
            for (int from = lineStart; from < lineEnd && blocks.size() < maxBlocks; ) {
                int to = lineEnd - from <= maxBlockChars ? lineEnd : chunkEnd(text, from, lineEnd, maxBlockChars);
                TextNormalizer.Normalized line;
                if (from == lineStart && to == lineEnd) {
                    // the scan has told whether normalizing changes the line, which normalize would find again
                    line = plain
                            ? TextNormalizer.unchangedSlice(text, from, to)
                            : TextNormalizer.collapsed(chars, from, to);
                } else {
                    line = TextNormalizer.normalize(text, chars, from, to);
                }
                if (!line.text().isEmpty()) {
                    BlockHints hints = BlockHints.text(blankBefore, from == lineStart ? indent : 0);
                    blocks.add(new Block(blocks.size(), line.text(), line.offsets(), BlockKind.LINE, hints));
                    blankBefore = false;
                }
                from = to;
            }
            if (blocks.size() == blocksBefore) {
                blankBefore = true;
            }
            if (lineEnd >= n) {
                break;
            }
            // \r\n counts as one break
            lineStart = lineEnd + (chars[lineEnd] == '\r' && lineEnd + 1 < n && chars[lineEnd + 1] == '\n' ? 2 : 1);
        }
        return blocks;
    }

    /** Receives the raw chars of one block {@link #split} would make (see {@link #forEachBlock}). */
    @FunctionalInterface
    public interface BlockChars {
        /** {@code chars[from, to)}, which the receiver may overwrite; they are not read again after the call. */
        void accept(char[] chars, int from, int to);
    }

    /**
     * Walks the blocks {@link #split} would make of {@code text} without making them: hands each block's raw
     * slice to {@code sink}, not normalized (odd, doubled and outer spaces, zero-width and control chars
     * included). A reader that skips what normalizing removes and takes every space for a word break, as the
     * corpus-learning block keys do, gets the same from it as from the block's text, without the strings,
     * offset maps and blocks that cost the pre-pass more than its keys. Returns how many blocks split would
     * make.
     */
    public static int forEachBlock(String text, BlockChars sink) {
        return forEachBlock(text, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS, sink);
    }

    static int forEachBlock(String text, int maxBlocks, int maxBlockChars, BlockChars sink) {
        char[] chars = text.toCharArray(); // as in split
        return forEachBlock(chars, text.length(), maxBlocks, maxBlockChars, new LineReader() {
            private boolean blank;

            @Override
            public int read(char[] line, int from, int limit) {
                int to = from;
                while (to < limit && !isLineBreak(line[to])) {
                    to++;
                }
                blank = TextNormalizer.isBlank(line, from, to);
                if (!blank) {
                    sink.accept(line, from, to);
                }
                return to;
            }

            @Override
            public boolean blank() {
                return blank;
            }
        });
    }

    /**
     * Reads the raw chars of one block {@link #split} would make, finding where it ends as it goes: a reader
     * that looks at every char anyway (the corpus-learning keys) need not have a line's end found first.
     */
    public interface LineReader {
        /**
         * Reads {@code chars} from {@code from} up to the first {@link #isLineBreak line break} or {@code limit},
         * whichever comes first, and returns where it stopped. It may overwrite the chars before that, which are
         * not read again, but not the break.
         */
        int read(char[] chars, int from, int limit);

        /** Whether the chars the last {@link #read} went over are blank ({@link TextNormalizer#isBlank}). */
        boolean blank();
    }

    /**
     * As {@link #forEachBlock(String, BlockChars)}, handing each block to {@code reader}, which finds its end:
     * one pass over the chars where the line's end and then its key would take two. The text is {@code
     * chars[0, length)}; blank slices are read too but are no blocks. Returns how many blocks split would make.
     */
    public static int forEachBlock(char[] chars, int length, LineReader reader) {
        return forEachBlock(chars, length, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS, reader);
    }

    static int forEachBlock(char[] chars, int n, int maxBlocks, int maxBlockChars, LineReader reader) {
        int blocks = 0;
        int from = 0;
        while (from < n && blocks < maxBlocks) {
            // split cuts a line longer than maxBlockChars into chunks; the chars past a chunk's end are read
            // here before the reader may overwrite those before it
            int limit = n - from <= maxBlockChars ? n : chunkEnd(chars, from, maxBlockChars);
            int stop = reader.read(chars, from, limit);
            if (stop > from && !reader.blank()) {
                blocks++;
            }
            if (stop >= n) {
                break;
            }
            if (stop == limit && !isLineBreak(chars[stop])) {
                from = stop; // the next chunk of the same line
                continue;
            }
            // \r\n counts as one break
            from = stop + (chars[stop] == '\r' && stop + 1 < n && chars[stop + 1] == '\n' ? 2 : 1);
        }
        return blocks;
    }

    /**
     * Where the chunk from {@code from} ends should its line run past {@code from + max}, as {@link
     * #chunkEnd(String, int, int, int)} puts it (which needs {@code chars[from + max]} to be no line break).
     */
    private static int chunkEnd(char[] chars, int from, int max) {
        int to = from + max;
        if (Character.isLowSurrogate(chars[to]) && Character.isHighSurrogate(chars[to - 1])) {
            return to - 1 > from ? to - 1 : to + 1;
        }
        return to;
    }

    private static int chunkEnd(String text, int from, int lineEnd, int max) {
        if (lineEnd - from <= max) {
            return lineEnd;
        }
        int to = from + max;
        if (Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
            // never split a pair; a chunk of one char that is half a pair takes the whole pair, not nothing
            // (which would never move on)
            return to - 1 > from ? to - 1 : to + 1;
        }
        return to;
    }

    /** A char {@link TextNormalizer} keeps as it is. */
    private static final int PLAIN = 0;
    /** The space ' ', which it keeps unless at an end or after another. */
    private static final int SPACE = 1;
    /** Any other space or a removed char, which it replaces or drops. */
    private static final int ODD = 2;

    private static final int BREAK = 4;

    /**
     * The kind of every char, one load where the tests take several branches and, for a char past ASCII, calls:
     * a line's scan took 0.6 of its time with this table than with one of the ASCII chars beside the tests.
     */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = (byte) kindByTests((char) c);
        }
        return kinds;
    }

    static int kindOf(char c) {
        return KINDS[c];
    }

    static int kindByTests(char c) {
        if (isLineBreak(c)) {
            return BREAK;
        }
        if (c == ' ') {
            return SPACE;
        }
        return TextNormalizer.isPlain(c) ? PLAIN : ODD;
    }

    /** A char that ends a line: {@code \n}, {@code \r}, form feed, vertical tab, NEL, U+2028, U+2029. */
    public static boolean isLineBreak(char c) {
        if (c <= '\r') {
            return c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
        // two comparisons for the common case, a char between the control chars and NEL
        return c >= 0x0085 && (c == 0x0085 || c == 0x2028 || c == 0x2029);
    }

    /** Leading blank chars; a tab counts as one, as the file gives no tab width. */
    private static int indentOf(char[] chars, int start, int end) {
        int i = start;
        while (i < end && (TextNormalizer.isSpace(chars[i]) || TextNormalizer.isRemoved(chars[i]))) {
            i++;
        }
        return i - start;
    }
}
