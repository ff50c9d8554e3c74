package dev.corpus.load.html;

import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.ContainerPath;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.TextBlocks;
import dev.corpus.load.TextNormalizer;
import dev.corpus.util.Deadline;
import dev.corpus.util.Split;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML document into the same blocks the text path makes: one block per block-level element's own
 * text, in document order, with offsets into the HTML source. The traversal is iterative (jsoup's
 * {@link NodeTraversor}), so deeply nested hostile markup cannot overflow the stack.
 */
public final class HtmlBlocks {
    static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "iframe",
            "head",
            "object",
            "embed",
            "canvas",
            "math",
            "select",
            "textarea",
            "audio",
            "video",
            "map",
            "frameset",
            "title");
    private static final Set<String> BLOCKS = Set.of(
            "#root",
            "html",
            "body",
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "dd",
            "dt",
            "figcaption",
            "caption",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "ul",
            "ol",
            "dl",
            "menu",
            "table",
            "tr",
            "thead",
            "tbody",
            "tfoot",
            "figure",
            "form",
            "fieldset",
            "legend",
            "address",
            "hr",
            "details",
            "summary",
            "center",
            "dialog",
            "hgroup",
            "search");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "menu");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary");
    private static final List<String> ARTICLE_MARKERS =
            List.of("article-body", "articlebody", "story-body", "entry-content", "post-content");
    /** Only the innermost containers are kept: hostile nesting must not make every block's path huge. */
    private static final int MAX_PATH = 32;

    private static final int ARTICLE = 1;
    private static final int SEMANTIC_ARTICLE = 2;
    private static final int CHROME = 4;
    private static final int LIST = 8;
    private static final int LINK = 16;
    private static final int QUOTE = 32;
    private static final int BLOCK = 64;

    private HtmlBlocks() {}

    /** Parses with the source positions the offsets of the blocks come from (see {@link ParsedHtml#parse}). */
    public static ParsedHtml parse(String html) {
        return ParsedHtml.parse(html);
    }

    public static List<Block> extract(ParsedHtml page, String source) {
        return extract(page, source, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    static List<Block> extract(ParsedHtml page, String source, int maxBlocks, int maxBlockChars) {
        Collector collector = new Collector(source, page.spans, maxBlocks, maxBlockChars);
        NodeTraversor.filter(collector, page.doc);
        collector.flush(page.doc);
        return collector.blocks;
    }

    /**
     * Walks the blocks {@link #extract} would make of {@code html} without making them, as {@link
     * TextBlocks#forEachBlock} does for a plain text: hands each block's raw chars, not normalized, to {@code
     * sink}. For the corpus-learning pre-pass, whose keys need neither source positions nor hints: it parses
     * without them (jsoup's untracked parse gives the same tree as the tracked one), and skips the offset maps
     * and normalized strings. Returns how many blocks extract would make.
     */
    public static int forEachBlock(String html, Deadline deadline, TextBlocks.BlockChars sink) {
        Document doc = Parser.htmlParser().parseInput(html, "");
        deadline.check(); // where the loader checks it after a parse and after the blocks
        int blocks = forEachBlock(doc, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS, sink);
        deadline.check();
        return blocks;
    }

    static int forEachBlock(Document doc, int maxBlocks, int maxBlockChars, TextBlocks.BlockChars sink) {
        RawChars walk = new RawChars(sink, maxBlocks, maxBlockChars);
        NodeTraversor.filter(walk, doc);
        walk.flush(doc);
        return walk.blockCount();
    }

    /** Elements whose content is never visible text: scripts, embedded documents, hidden elements. */
    static boolean isSkipped(Element e) {
        if (SKIPPED.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").trim())) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = String.join("", Split.onWhitespace(style.toLowerCase(Locale.ROOT)));
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    static boolean isArticleContainer(Element e) {
        String name = e.normalName();
        if (name.equals("article") || name.equals("main")) {
            return true;
        }
        // Sites put "article_body" on <body> for a page type; that says nothing about where the text is.
        if (name.equals("body") || name.equals("html") || e.attributesSize() == 0) {
            return false;
        }
        if (hasWord(e.attr("itemprop"), "articleBody")) {
            return true;
        }
        String className = e.className();
        String id = e.id();
        if (!mayHoldMarker(className) && !mayHoldMarker(id)) {
            return false;
        }
        String words =
                collapseDashes((className + " " + id).toLowerCase(Locale.ROOT).replace('_', '-'));
        for (String marker : ARTICLE_MARKERS) {
            if (words.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is one of the words of {@code words} split as {@link Split#onWhitespace}, ignoring
     * case; without building the list, as it runs for every element with attributes.
     */
    static boolean hasWord(String words, String word) {
        int n = word.length();
        for (int i = 0; i + n <= words.length(); i++) {
            if ((i == 0 || Split.isWhitespace(words.charAt(i - 1)))
                    && words.regionMatches(true, i, word, 0, n)
                    && (i + n == words.length() || Split.isWhitespace(words.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no {@link #ARTICLE_MARKERS} can be in the class or id: every marker ends in "body" or
     * "content", which lower-casing can only make of ASCII letters.
     */
    private static boolean mayHoldMarker(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return true;
            }
            char lower = (char) (c | 0x20); // 'b' or 'c' only from ASCII letters
            if ((lower == 'b' && s.regionMatches(true, i, "body", 0, 4))
                    || (lower == 'c' && s.regionMatches(true, i, "content", 0, 7))) {
                return true;
            }
        }
        return false;
    }

    /** As {@code s.replaceAll("-+", "-")}, without a regex per element. */
    private static String collapseDashes(String s) {
        if (!s.contains("--")) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' || i == 0 || s.charAt(i - 1) != '-') {
                sb.append(c);
            }
        }
        return sb.toString();
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

    /**
     * Walks the document once and decides where blocks start and end: which elements are skipped or open a
     * block, line and cell breaks, and the split of an over-long block. What a block holds is up to the
     * subclass: {@link Collector} keeps its text with source positions and hints, {@link RawChars} only its raw
     * chars.
     */
    private abstract static class Walk implements NodeFilter {
        final int maxBlocks;
        final int maxBlockChars;

        // One entry per open element: its flags, so that tail() undoes exactly what head() did.
        private int[] flagStack = new int[64];
        private int depth;
        final List<Element> owners = new ArrayList<>();
        int[] ownerIds = new int[64];
        private int nextOwnerId;
        int articleDepth;
        int semanticArticleDepth;
        int chromeDepth;
        int listDepth;
        int linkDepth;
        int quoteDepth;
        private int brRun;

        Walk(int maxBlocks, int maxBlockChars) {
            this.maxBlocks = maxBlocks;
            this.maxBlockChars = maxBlockChars;
        }

        /** How many blocks were made so far. */
        abstract int blockCount();

        /** How many raw chars the block being collected has. */
        abstract int length();

        /** Adds a break char ('\n' for a br, ' ' before a table cell) for {@code element}. */
        abstract void addBreak(Element element, char c);

        /** Called once per text node before {@link #addText} of its ranges. */
        abstract void beginText(TextNode node, String text);

        /** Adds {@code text[from, to)} of the node {@link #beginText} announced. */
        abstract void addText(String text, int from, int to);

        /** Called for a text node with visible text, before its chars are added. */
        void visibleText() {}

        /** Ends the block being collected, which has {@link #length} > 0, and starts an empty one. */
        abstract void endBlock(Element owner);

        @Override
        public FilterResult head(Node node, int nodeDepth) {
            if (blockCount() >= maxBlocks) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
                append(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (node instanceof Document) {
                owners.add(e);
                pushOwnerId();
                push(BLOCK);
                return FilterResult.CONTINUE;
            }
            if (isSkipped(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            if (name.equals("br")) {
                lineBreak(e);
            } else if (name.equals("td") || name.equals("th")) {
                // A row is one block (a data table reads as rows, and a row of short cells is no menu): each
                // cell starts with a space so that cell texts do not run together.
                addBreak(e, ' ');
            }
            int flags = flagsOf(e, name);
            if ((flags & BLOCK) != 0) {
                flush(owner());
                owners.add(e);
                pushOwnerId();
            }
            push(flags);
            apply(flags, 1);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int nodeDepth) {
            if (!(node instanceof Element) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            int flags = flagStack[--depth];
            if ((flags & BLOCK) != 0) {
                flush(owner());
                owners.remove(owners.size() - 1);
            }
            apply(flags, -1);
            return FilterResult.CONTINUE;
        }

        /** The element's flags: whether it is a block, and what its text's hints need to know of it. */
        int flagsOf(Element e, String name) {
            int flags = BLOCKS.contains(name) ? BLOCK : 0;
            if (isArticleContainer(e)) {
                flags |= ARTICLE;
                if (name.equals("article") || name.equals("main")) {
                    flags |= SEMANTIC_ARTICLE;
                }
            }
            // A header or footer inside an article is the article's own (title, byline), not site chrome.
            boolean articlePart = (name.equals("header") || name.equals("footer")) && semanticArticleDepth > 0;
            if ((CHROME_TAGS.contains(name) && !articlePart)
                    || (e.attributesSize() > 0
                            && CHROME_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT)))) {
                flags |= CHROME;
            }
            if (LISTS.contains(name)) {
                flags |= LIST;
            }
            if (name.equals("a")) {
                flags |= LINK;
            }
            if (name.equals("blockquote") || name.equals("q")) {
                flags |= QUOTE;
            }
            return flags;
        }

        private void push(int flags) {
            if (depth == flagStack.length) {
                flagStack = Arrays.copyOf(flagStack, depth * 2);
            }
            flagStack[depth++] = flags;
        }

        private void apply(int flags, int delta) {
            articleDepth += (flags & ARTICLE) != 0 ? delta : 0;
            semanticArticleDepth += (flags & SEMANTIC_ARTICLE) != 0 ? delta : 0;
            chromeDepth += (flags & CHROME) != 0 ? delta : 0;
            listDepth += (flags & LIST) != 0 ? delta : 0;
            linkDepth += (flags & LINK) != 0 ? delta : 0;
            quoteDepth += (flags & QUOTE) != 0 ? delta : 0;
        }

        private void pushOwnerId() {
            int n = owners.size() - 1;
            if (n >= ownerIds.length) {
                ownerIds = Arrays.copyOf(ownerIds, ownerIds.length * 2);
            }
            ownerIds[n] = nextOwnerId++;
        }

        final Element owner() {
            return owners.get(owners.size() - 1);
        }

        /** One br is a line break inside the block; a second one in a row ends the paragraph. */
        private void lineBreak(Element br) {
            brRun++;
            if (brRun >= 2) {
                flush(owner());
                return;
            }
            addBreak(br, '\n');
        }

        private void append(TextNode node) {
            String text = node.getWholeText();
            if (text.isEmpty()) {
                return;
            }
            if (!text.isBlank()) {
                brRun = 0;
                visibleText();
            }
            beginText(node, text);
            int len = text.length();
            if (length() + len <= maxBlockChars) {
                addText(text, 0, len); // the common case: the node fits in the block
                return;
            }
            // An over-long block ends where it reaches the limit, never inside a surrogate pair.
            int from = 0;
            for (int i = 0; i < len; i++) {
                if (length() + (i - from) >= maxBlockChars && !Character.isLowSurrogate(text.charAt(i))) {
                    addText(text, from, i);
                    from = i;
                    flush(owner());
                    if (blockCount() >= maxBlocks) {
                        return;
                    }
                }
            }
            addText(text, from, len);
        }

        final void flush(Element owner) {
            brRun = 0;
            if (length() > 0) {
                endBlock(owner);
            }
        }
    }

    /** Collects each block element's own text with its source positions. */
    private static final class Collector extends Walk {
        private final String source;
        private final SourceSpans spans;
        final List<Block> blocks = new ArrayList<>();

        // The block being collected.
        private final StringBuilder raw = new StringBuilder();
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private final ContainerHints containerHints = new ContainerHints();
        // Each text node's char spans, reused from node to node.
        private int[] nodeStarts = new int[256];
        private int[] nodeEnds = new int[256];
        private final BitSet link = new BitSet();
        private boolean inArticle;
        private boolean inChrome;
        private int indent;
        private int lastPos;

        Collector(String source, SourceSpans spans, int maxBlocks, int maxBlockChars) {
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
            return raw.length();
        }

        @Override
        void addBreak(Element element, char c) {
            int start = spans.elementStart(element);
            int at = start >= 0 ? Math.max(lastPos, start) : lastPos;
            add(c, at, at);
        }

        @Override
        void visibleText() {
            if (raw.length() == 0 || isBlankRaw()) {
                indent = listDepth;
            }
            inArticle |= articleDepth > 0;
            inChrome |= chromeDepth > 0;
        }

        /** Works out the node's char spans into nodeStarts and nodeEnds. */
        @Override
        void beginText(TextNode node, String text) {
            int start = spans.textStart(node);
            int len = text.length();
            if (nodeStarts.length < len) {
                nodeStarts = new int[Math.max(len, nodeStarts.length * 2)];
                nodeEnds = new int[nodeStarts.length];
            }
            int[] s = nodeStarts;
            int[] e = nodeEnds;
            if (start < 0) {
                Arrays.fill(s, 0, len, lastPos);
                Arrays.fill(e, 0, len, lastPos);
            } else if (spans.isVerbatim(node)) {
                SourceAlignment.verbatim(start, len, s, e); // what align finds, without comparing again
            } else {
                int from = Math.max(0, Math.min(start, source.length()));
                int to = Math.max(from, Math.min(spans.textEnd(node), source.length()));
                if (!SourceAlignment.align(source, from, to, text, s, e)) {
                    // Approximate but monotonic: every char points at the whole node.
                    Arrays.fill(s, 0, len, from);
                    Arrays.fill(e, 0, len, to);
                }
            }
        }

        private boolean isBlankRaw() {
            for (int i = 0; i < raw.length(); i++) {
                if (!TextNormalizer.isSpace(raw.charAt(i))) {
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
            int n = raw.length();
            int len = to - from;
            if (n + len > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(n + len, n * 2));
                ends = Arrays.copyOf(ends, starts.length);
            }
            int last = lastPos;
            for (int i = 0; i < len; i++) {
                int start = Math.max(s[from + i], last);
                starts[n + i] = start;
                ends[n + i] = Math.max(e[from + i], start);
                last = start;
            }
            lastPos = last;
            if (linkDepth > 0) {
                link.set(n, n + len);
            }
            raw.append(text, from, to);
        }

        private void add(char c, int start, int end) {
            int n = raw.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = Math.max(start, lastPos);
            ends[n] = Math.max(end, starts[n]);
            raw.append(c);
            lastPos = starts[n];
        }

        @Override
        void endBlock(Element owner) {
            TextNormalizer.Normalized normalized = TextNormalizer.normalizeMapped(raw, starts, ends, link, lastPos);
            if (!normalized.text().isEmpty() && blocks.size() < maxBlocks) {
                String tag = owner.normalName();
                BlockHints hints = new BlockHints(
                        tag,
                        headingLevel(tag),
                        normalized.flaggedChars(),
                        inArticle,
                        inChrome,
                        true,
                        indent,
                        containerHints.of(owner),
                        ContainerPath.of(
                                Arrays.copyOfRange(ownerIds, Math.max(0, owners.size() - MAX_PATH), owners.size())));
                blocks.add(new Block(
                        blocks.size(), normalized.text(), normalized.offsets(), kindOf(tag, quoteDepth > 0), hints));
            }
            raw.setLength(0);
            link.clear();
            inArticle = false;
            inChrome = false;
            indent = 0;
        }
    }

    /**
     * Hands each block's raw chars, not normalized, to a sink: the same blocks as {@link Collector} makes,
     * without source positions, hints or strings (see {@link #forEachBlock}).
     */
    private static final class RawChars extends Walk {
        private final TextBlocks.BlockChars sink;
        private char[] chars = new char[256];
        private int length;
        private int blocks;

        RawChars(TextBlocks.BlockChars sink, int maxBlocks, int maxBlockChars) {
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
        int flagsOf(Element e, String name) {
            return BLOCKS.contains(name) ? BLOCK : 0;
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

        /** A block whose text normalizes to nothing is no block, as in {@link Collector#endBlock}. */
        @Override
        void endBlock(Element owner) {
            if (!TextNormalizer.isBlank(chars, 0, length) && blocks < maxBlocks) {
                blocks++;
                sink.accept(chars, 0, length);
            }
            length = 0;
        }
    }
}
