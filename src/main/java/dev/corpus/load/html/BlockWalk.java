package dev.corpus.load.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * What a tag name alone says, as bits: the sets above and {@link HtmlBlocks#SKIPPED}, with the names
     * {@link #flagsOf} tests one by one. One look-up per element instead of a probe of each set.
     */
    private static final Map<String, Integer> TAG_BITS = tagBits();

    static final int TAG_SKIPPED = 1 << 8;
    static final int TAG_CHROME = 1 << 9;
    /** article, main: an article container by name. */
    static final int TAG_SEMANTIC = 1 << 10;
    /** header, footer: chrome unless in an article. */
    static final int TAG_ARTICLE_PART = 1 << 11;
    /** body, html: never an article container by its attributes. */
    static final int TAG_PAGE_ROOT = 1 << 12;

    static final int TAG_BR = 1 << 13;
    static final int TAG_CELL = 1 << 14;

    static final int ARTICLE = 1;
    private static final int SEMANTIC_ARTICLE = 2;
    static final int CHROME = 4;
    private static final int LIST = 8;
    private static final int LINK = 16;
    private static final int QUOTE = 32;
    static final int BLOCK = 64;
    /** The bits a name gives the element's flags as they are. */
    private static final int NAME_FLAGS = BLOCK | LIST | LINK | QUOTE;

    final int maxBlocks;
    final int maxBlockChars;

    // One entry per open element: its flags, so that tail() undoes exactly what head() did.
    private int[] flagStack = new int[64];
    private int depth;
    final List<Element> owners = new ArrayList<>();
    int[] ownerIds = new int[64];
    /** Per owner: its depth, the index of its entry in the stack of open elements (the document's is 0). */
    private int[] ownerDepths = new int[64];

    private int nextOwnerId;
    int articleDepth;
    int semanticArticleDepth;
    int chromeDepth;
    int listDepth;
    int linkDepth;
    int quoteDepth;
    private int brRun;
    /** The attributes of the element the walk entered last (or is entering). */
    final ElementAttributes attributes = new ElementAttributes();

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

    /**
     * Called for each element the walk enters, before its content, with its depth: the index of its entry in the
     * stack of open elements, the document's being 0.
     */
    void entered(Element e, int depth) {}

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
        attributes.read(doc);
        entered(doc, depth);
        push(BLOCK);
    }

    /** Enters an element: skips it, or notes its breaks, whether it opens a block, and its flags. */
    private FilterResult open(Element e) {
        int tag = tagBits(e.normalName());
        if ((tag & TAG_SKIPPED) != 0) {
            return FilterResult.SKIP_ENTIRELY;
        }
        attributes.read(e);
        if (HtmlBlocks.isHidden(attributes)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if ((tag & TAG_BR) != 0) {
            lineBreak(e);
        } else if ((tag & TAG_CELL) != 0) {
            // A row is one block (a data table reads as rows, and a row of short cells is no menu): each
            // cell starts with a space so that cell texts do not run together.
            addBreak(e, ' ');
        }
        int flags = flagsOf(e, tag);
        if ((flags & BLOCK) != 0) {
            flush(owner());
            owners.add(e);
            pushOwnerId();
        }
        entered(e, depth);
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

    /**
     * The element's flags: whether it is a block, and what its text's hints need to know of it; {@code tag} is
     * its name's {@link #tagBits}.
     */
    int flagsOf(Element e, int tag) {
        return flags(attributes, tag, semanticArticleDepth, articleDepth, chromeDepth);
    }

    /**
     * {@link #flagsOf} inside so many article or main elements, article containers and chrome elements. Inside an
     * article container the attributes that would make the element one are not read, nor a role inside chrome:
     * the blocks only ask whether those depths are above 0, so the flag could not change them.
     */
    static int flags(ElementAttributes a, int tag, int semanticArticleDepth, int articleDepth, int chromeDepth) {
        int flags = tag & NAME_FLAGS;
        if ((tag & TAG_SEMANTIC) != 0) {
            flags |= ARTICLE | SEMANTIC_ARTICLE;
        } else if ((tag & TAG_PAGE_ROOT) == 0 && articleDepth == 0 && HtmlBlocks.isMarkedArticle(a)) {
            flags |= ARTICLE;
        }
        // A header or footer inside an article is the article's own (title, byline), not site chrome.
        boolean articlePart = (tag & TAG_ARTICLE_PART) != 0 && semanticArticleDepth > 0;
        if (((tag & TAG_CHROME) != 0 && !articlePart) || (chromeDepth == 0 && hasChromeRole(a.role))) {
            flags |= CHROME;
        }
        return flags;
    }

    private static boolean hasChromeRole(String role) {
        return !role.isEmpty() && CHROME_ROLES.contains(role.trim().toLowerCase(Locale.ROOT));
    }

    /** {@link #flagsOf} from the sets and names one by one: the plain form, for checking the table. */
    static int plainFlagsOf(Element e, String name, int semanticArticleDepth) {
        int flags = BLOCKS.contains(name) ? BLOCK : 0;
        if (HtmlBlocks.isArticleContainer(e)) {
            flags |= ARTICLE;
            if (name.equals("article") || name.equals("main")) {
                flags |= SEMANTIC_ARTICLE;
            }
        }
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

    /** The bits of a normal tag name; 0 for a name none of the sets holds. */
    static int tagBits(String name) {
        Integer bits = TAG_BITS.get(name);
        return bits == null ? 0 : bits;
    }

    private static Map<String, Integer> tagBits() {
        Map<String, Integer> bits = new HashMap<>();
        add(bits, BLOCK, BLOCKS);
        add(bits, TAG_SKIPPED, HtmlBlocks.SKIPPED);
        add(bits, TAG_CHROME, CHROME_TAGS);
        add(bits, LIST, LISTS);
        add(bits, LINK, Set.of("a"));
        add(bits, QUOTE, Set.of("blockquote", "q"));
        add(bits, TAG_SEMANTIC, Set.of("article", "main"));
        add(bits, TAG_ARTICLE_PART, Set.of("header", "footer"));
        add(bits, TAG_PAGE_ROOT, Set.of("body", "html"));
        add(bits, TAG_BR, Set.of("br"));
        add(bits, TAG_CELL, Set.of("td", "th"));
        return Map.copyOf(bits);
    }

    private static void add(Map<String, Integer> bits, int bit, Set<String> names) {
        for (String name : names) {
            bits.merge(name, bit, (a, b) -> a | b);
        }
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
            ownerDepths = Arrays.copyOf(ownerDepths, ownerIds.length);
        }
        ownerIds[n] = nextOwnerId++;
        ownerDepths[n] = depth;
    }

    final Element owner() {
        return owners.get(owners.size() - 1);
    }

    /** The depth {@link #entered} gave {@link #owner()}. */
    final int ownerDepth() {
        return ownerDepths[owners.size() - 1];
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
