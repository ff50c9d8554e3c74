package dev.corpus.load.html;

import dev.corpus.load.TextBlocks;
import dev.corpus.load.TextNormalizer;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Hands each block's raw chars, not normalized, to a sink: the same blocks as {@link BlockCollector} makes,
 * without source positions, hints or strings (see {@link HtmlBlocks#forEachBlock}).
 */
final class RawBlockChars extends BlockWalk {
    private final TextBlocks.BlockChars sink;
    private char[] chars = new char[256];
    private int length;
    private int blocks;

    RawBlockChars(TextBlocks.BlockChars sink, int maxBlocks, int maxBlockChars) {
        super(maxBlocks, maxBlockChars);
        this.sink = sink;
    }

    @Override
    int blockCount() {
        return blocks;
    }

    @Override
    int length() {
        return length;
    }

    @Override
    void addBreak(Element element, char c) {
        room(1);
        chars[length++] = c;
    }

    /** Only whether it is a block: the other flags feed hints only, and the attribute tests cost. */
    @Override
    int flagsOf(Element e, int tag) {
        return tag & BLOCK;
    }

    @Override
    void beginText(TextNode node, String text) {}

    @Override
    void addText(String text, int from, int to) {
        room(to - from);
        text.getChars(from, to, chars, length);
        length += to - from;
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
        }
    }

    /** A block whose text normalizes to nothing is no block, as in {@link BlockCollector#endBlock}. */
    @Override
    void endBlock(Element owner) {
        if (!TextNormalizer.isBlank(chars, 0, length) && blocks < maxBlocks) {
            blocks++;
            sink.accept(chars, 0, length);
        }
        length = 0;
    }
}
