package dev.corpus.load.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks the document once and decides where blocks start and end: which elements are skipped or open a
 * block, line and cell breaks, and the split of an over-long block. What a block holds is up to the
 * subclass: {@link BlockCollector} keeps its text with source positions and hints, {@link RawBlockChars}
 * only its raw chars.
 */
abstract class BlockWalk implements NodeFilter {
    static final Set<String> BLOCKS = Set.of(
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

    private static final int ARTICLE = 1;
    private static final int SEMANTIC_ARTICLE = 2;
    private static final int CHROME = 4;
    private static final int LIST = 8;
    private static final int LINK = 16;
    private static final int QUOTE = 32;
    static final int BLOCK = 64;

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

    BlockWalk(int maxBlocks, int maxBlockChars) {
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
        } else if (node instanceof Document) {
            openDocument((Document) node);
        } else if (node instanceof Element e) {
            return open(e);
        }
        return FilterResult.CONTINUE;
    }

    /** The document is the outermost block's owner. */
    private void openDocument(Document doc) {
        owners.add(doc);
        pushOwnerId();
        push(BLOCK);
    }

    /** Enters an element: skips it, or notes its breaks, whether it opens a block, and its flags. */
    private FilterResult open(Element e) {
        if (HtmlBlocks.isSkipped(e)) {
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
        if (HtmlBlocks.isArticleContainer(e)) {
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
        } else {
            appendSplit(text);
        }
    }

    /** An over-long block ends where it reaches the limit, never inside a surrogate pair. */
    private void appendSplit(String text) {
        int len = text.length();
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
