package dev.corpus.load.html;

import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.ContainerPath;
import dev.corpus.load.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Collects each block element's own text with its source positions. */
final class BlockCollector extends BlockWalk {
    /** Only the innermost containers are kept: hostile nesting must not make every block's path huge. */
    private static final int MAX_PATH = 32;

    private final String source;
    private final SourceSpans spans;
    final List<Block> blocks = new ArrayList<>();

    // The block being collected: its raw chars and each one's source span, the three arrays of one length.
    private char[] raw = new char[256];
    private int rawLength;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private final ContainerHints containerHints = new ContainerHints();
    // Each text node's char spans, reused from node to node.
    private int[] nodeStarts = new int[256];
    private int[] nodeEnds = new int[256];
    /** Where the node's span starts if its text is that source char for char (then no spans above), else -1. */
    private int verbatimStart = -1;
    /** Per raw char: whether it is link text. */
    private boolean[] link = new boolean[256];

    private boolean inArticle;
    private boolean inChrome;
    private int indent;
    private int lastPos;

    BlockCollector(String source, SourceSpans spans, int maxBlocks, int maxBlockChars) {
        super(maxBlocks, maxBlockChars);
        this.source = source;
        this.spans = spans;
    }

    @Override
    int blockCount() {
        return blocks.size();
    }

    @Override
    int length() {
        return rawLength;
    }

    @Override
    void addBreak(Element element, char c) {
        int start = spans.elementStart(element);
        int at = start >= 0 ? Math.max(lastPos, start) : lastPos;
        add(c, at, at);
    }

    @Override
    void visibleText() {
        if (rawLength == 0 || isBlankRaw()) {
            indent = listDepth;
        }
        inArticle |= articleDepth > 0;
        inChrome |= chromeDepth > 0;
    }

    /** Works out the node's char spans into nodeStarts and nodeEnds, or notes where its verbatim text starts. */
    @Override
    void beginText(TextNode node, String text) {
        verbatimStart = -1;
        int start = spans.textStart(node);
        int len = text.length();
        if (nodeStarts.length < len) {
            nodeStarts = new int[Math.max(len, nodeStarts.length * 2)];
            nodeEnds = new int[nodeStarts.length];
        }
        if (start < 0) {
            Arrays.fill(nodeStarts, 0, len, lastPos);
            Arrays.fill(nodeEnds, 0, len, lastPos);
        } else if (spans.isVerbatim(node)) {
            verbatimStart = start; // addText works out the spans (SourceAlignment.verbatim), without these arrays
            return;
        } else {
            align(node, text, start);
        }
    }

    /** Aligns the node's chars with its source span, which entities or line breaks make differ from its text. */
    private void align(TextNode node, String text, int start) {
        int from = Math.max(0, Math.min(start, source.length()));
        int to = Math.max(from, Math.min(spans.textEnd(node), source.length()));
        if (!SourceAlignment.align(source, from, to, text, nodeStarts, nodeEnds)) {
            // Approximate but monotonic: every char points at the whole node.
            Arrays.fill(nodeStarts, 0, text.length(), from);
            Arrays.fill(nodeEnds, 0, text.length(), to);
        }
    }

    private boolean isBlankRaw() {
        for (int i = 0; i < rawLength; i++) {
            if (!TextNormalizer.isSpace(raw[i])) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #add} for each char of {@code text[from, to)}, with the link flags of the current element. */
    @Override
    void addText(String text, int from, int to) {
        int[] s = nodeStarts;
        int[] e = nodeEnds;
        int n = rawLength;
        int len = to - from;
        if (n + len > starts.length) {
            starts = Arrays.copyOf(starts, Math.max(n + len, n * 2));
            ends = Arrays.copyOf(ends, starts.length);
            raw = Arrays.copyOf(raw, starts.length);
            link = Arrays.copyOf(link, starts.length);
        }
        int last = lastPos;
        if (verbatimStart >= 0) {
            int at = verbatimStart + from; // char k is the source char at verbatimStart + k
            for (int i = 0; i < len; i++) {
                int start = Math.max(at + i, last);
                starts[n + i] = start;
                ends[n + i] = Math.max(at + i + 1, start);
                last = start;
            }
        } else {
            for (int i = 0; i < len; i++) {
                int start = Math.max(s[from + i], last);
                starts[n + i] = start;
                ends[n + i] = Math.max(e[from + i], start);
                last = start;
            }
        }
        lastPos = last;
        Arrays.fill(link, n, n + len, linkDepth > 0);
        text.getChars(from, to, raw, n);
        rawLength = n + len;
    }

    private void add(char c, int start, int end) {
        int n = rawLength;
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
            raw = Arrays.copyOf(raw, n * 2);
            link = Arrays.copyOf(link, n * 2);
        }
        starts[n] = Math.max(start, lastPos);
        ends[n] = Math.max(end, starts[n]);
        raw[n] = c;
        link[n] = false;
        rawLength = n + 1;
        lastPos = starts[n];
    }

    @Override
    void endBlock(Element owner) {
        TextNormalizer.Normalized normalized =
                TextNormalizer.normalizeMapped(raw, rawLength, starts, ends, link, lastPos);
        if (!normalized.text().isEmpty() && blocks.size() < maxBlocks) {
            String tag = owner.normalName();
            blocks.add(new Block(
                    blocks.size(),
                    normalized.text(),
                    normalized.offsets(),
                    kindOf(tag, quoteDepth > 0),
                    hints(owner, tag, normalized)));
        }
        rawLength = 0;
        inArticle = false;
        inChrome = false;
        indent = 0;
    }

    private BlockHints hints(Element owner, String tag, TextNormalizer.Normalized normalized) {
        return new BlockHints(
                tag,
                headingLevel(tag),
                normalized.flaggedChars(),
                inArticle,
                inChrome,
                true,
                indent,
                containerHints.of(owner),
                ContainerPath.of(Arrays.copyOfRange(ownerIds, Math.max(0, owners.size() - MAX_PATH), owners.size())));
    }

    private static BlockKind kindOf(String tag, boolean inQuote) {
        BlockKind kind =
                switch (tag) {
                    case "p" -> BlockKind.PARAGRAPH;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
                    case "li" -> BlockKind.LIST_ITEM;
                    case "blockquote" -> BlockKind.QUOTE;
                    case "pre" -> BlockKind.PREFORMATTED;
                    case "tr" -> BlockKind.TABLE_ROW;
                    case "figcaption", "caption" -> BlockKind.CAPTION;
                    default -> BlockKind.OTHER;
                };
        // Paragraphs of a blockquote are what the quote says.
        return inQuote && (kind == BlockKind.PARAGRAPH || kind == BlockKind.OTHER) ? BlockKind.QUOTE : kind;
    }

    private static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0'
                : 0;
    }
}
