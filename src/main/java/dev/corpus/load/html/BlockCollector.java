package dev.corpus.load.html;

import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.ContainerPath;
import dev.corpus.load.OffsetMap;
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

    // The block being collected: its raw chars, each one's source span and link flag, the arrays of one length.
    private char[] raw = new char[256];
    private int rawLength;
    /**
     * Whether starts and ends hold the raw chars' spans. Until a char breaks the run, the block is a run of the
     * source, raw char i being source char {@code runStart + i}, and they are not written: most blocks are one
     * text node that is its source verbatim, and {@link #normalized} then needs neither them nor a map array.
     */
    private boolean spansWritten;

    private int runStart;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private final ContainerHints containerHints = new ContainerHints();
    // Each text node's char spans, reused from node to node.
    private int[] nodeStarts = new int[256];
    private int[] nodeEnds = new int[256];
    /** Where the node's span starts if its text is that source char for char (then no spans above), else -1. */
    private int verbatimStart = -1;
    /** Per raw char: whether it is link text; written only from the block's first link char on. */
    private boolean[] link = new boolean[256];
    /** How many raw chars are link text. */
    private int linkChars;

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
        int n = rawLength;
        int len = to - from;
        if (len == 0) {
            return;
        }
        room(n + len);
        if (verbatimStart >= 0 && !spansWritten && continuesRun(verbatimStart + from)) {
            runStart = n == 0 ? verbatimStart + from : runStart;
            lastPos = verbatimStart + to - 1;
        } else {
            writeSpans();
            addSpans(from, len);
        }
        if (linkDepth > 0) {
            if (linkChars == 0) {
                Arrays.fill(link, 0, n, false); // the block's flags so far, not written while it had none
            }
            Arrays.fill(link, n, n + len, true);
            linkChars += len;
        } else if (linkChars > 0) {
            Arrays.fill(link, n, n + len, false);
        }
        text.getChars(from, to, raw, n);
        rawLength = n + len;
    }

    /**
     * Whether source chars from {@code at} on continue the block's run: they follow its last char, or start an
     * empty block where the spans would not be clamped to {@link #lastPos}.
     */
    private boolean continuesRun(int at) {
        return rawLength == 0 ? at >= lastPos : at == runStart + rawLength;
    }

    /** The spans of {@code len} chars of the node from its char {@code from} on, after the block's chars. */
    private void addSpans(int from, int len) {
        int[] s = nodeStarts;
        int[] e = nodeEnds;
        int n = rawLength;
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
    }

    /** Writes the spans of the block's run, which a char that does not continue it breaks. */
    private void writeSpans() {
        if (!spansWritten) {
            for (int i = 0; i < rawLength; i++) {
                starts[i] = runStart + i;
                ends[i] = runStart + i + 1;
            }
            spansWritten = true;
        }
    }

    private void room(int length) {
        if (length > starts.length) {
            int n = Math.max(length, starts.length * 2);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            raw = Arrays.copyOf(raw, n);
            link = Arrays.copyOf(link, n);
        }
    }

    private void add(char c, int start, int end) {
        int n = rawLength;
        room(n + 1);
        writeSpans();
        starts[n] = Math.max(start, lastPos);
        ends[n] = Math.max(end, starts[n]);
        raw[n] = c;
        if (linkChars > 0) {
            link[n] = false;
        }
        rawLength = n + 1;
        lastPos = starts[n];
    }

    @Override
    void endBlock(Element owner) {
        // a block of spaces and removed chars only normalizes to no text, and makes no block
        if (blocks.size() < maxBlocks && !TextNormalizer.isBlank(raw, 0, rawLength)) {
            TextNormalizer.Normalized normalized = normalized();
            String tag = owner.normalName();
            blocks.add(new Block(
                    blocks.size(),
                    normalized.text(),
                    normalized.offsets(),
                    kindOf(tag, quoteDepth > 0),
                    hints(owner, tag, normalized)));
        }
        rawLength = 0;
        spansWritten = false;
        linkChars = 0;
        inArticle = false;
        inChrome = false;
        indent = 0;
    }

    /**
     * The block's text as {@link TextNormalizer#normalizeMapped} gives it. A run of the source that is {@link
     * TextNormalizer#unchanged} but for spaces at its ends is that slice of the source, mapped one to one.
     */
    private TextNormalizer.Normalized normalized() {
        if (!spansWritten) {
            int from = 0;
            int to = rawLength;
            while (TextNormalizer.isSpace(raw[from])) { // not blank: a char stops it
                from++;
            }
            while (TextNormalizer.isSpace(raw[to - 1])) {
                to--;
            }
            if (TextNormalizer.unchanged(raw, from, to)) {
                int start = runStart + from;
                return new TextNormalizer.Normalized(
                        source.substring(start, runStart + to),
                        OffsetMap.identity(start, to - from),
                        linkChars == 0 ? 0 : count(link, from, to));
            }
        }
        writeSpans();
        if (linkChars == 0) {
            Arrays.fill(link, 0, rawLength, false);
        }
        return TextNormalizer.normalizeMapped(raw, rawLength, starts, ends, link, lastPos);
    }

    private static int count(boolean[] flags, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += flags[i] ? 1 : 0;
        }
        return n;
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
                containerHint(owner),
                ContainerPath.of(Arrays.copyOfRange(ownerIds, Math.max(0, owners.size() - MAX_PATH), owners.size())));
    }

    /**
     * The owner is the walk's (a block past the limit, which the document's flush at the end may end, makes no
     * hint); for another, the hint is made from scratch.
     */
    private String containerHint(Element owner) {
        return !owners.isEmpty() && owner == owner() ? containerHints.of(ownerDepth()) : ContainerHints.plain(owner);
    }

    @Override
    void entered(Element e, int depth) {
        containerHints.enter(depth, e, attributes.className, attributes.id);
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
