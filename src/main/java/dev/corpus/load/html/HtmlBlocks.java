package dev.corpus.load.html;

import dev.corpus.load.Block;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.TextBlocks;
import dev.corpus.util.Deadline;
import dev.corpus.util.Split;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
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
    private static final List<String> ARTICLE_MARKERS =
            List.of("article-body", "articlebody", "story-body", "entry-content", "post-content");

    private HtmlBlocks() {}

    /** Parses with the source positions the offsets of the blocks come from (see {@link ParsedHtml#parse}). */
    public static ParsedHtml parse(String html) {
        return ParsedHtml.parse(html);
    }

    public static List<Block> extract(ParsedHtml page, String source) {
        return extract(page, source, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    static List<Block> extract(ParsedHtml page, String source, int maxBlocks, int maxBlockChars) {
        List<Block> made = page.takeBlocks(source, maxBlocks, maxBlockChars);
        return made != null ? made : walk(page, source, maxBlocks, maxBlockChars);
    }

    /** The blocks of a walk of its own: the plain form of the blocks the parse's walk made. */
    static List<Block> walk(ParsedHtml page, String source, int maxBlocks, int maxBlockChars) {
        BlockCollector collector = new BlockCollector(source, page.spans, maxBlocks, maxBlockChars);
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
        RawBlockChars walk = new RawBlockChars(sink, maxBlocks, maxBlockChars);
        NodeTraversor.filter(walk, doc);
        walk.flush(doc);
        return walk.blockCount();
    }

    /**
     * Elements whose content is never visible text: scripts, embedded documents, hidden elements. The walk tests
     * the name with its tag bits and then {@link #isHidden}; this is the plain form, for checking it.
     */
    static boolean isSkipped(Element e) {
        return SKIPPED.contains(e.normalName()) || isHidden(e);
    }

    /** Whether the element's attributes hide it. */
    static boolean isHidden(Element e) {
        return e.attributesSize() > 0 && isHidden(e.hasAttr("hidden"), e.attr("aria-hidden"), e.attr("style"));
    }

    /** {@link #isHidden(Element)} of the attributes the walk read. */
    static boolean isHidden(ElementAttributes a) {
        return isHidden(a.hidden, a.ariaHidden, a.style);
    }

    private static boolean isHidden(boolean hidden, String ariaHidden, String style) {
        if (hidden || "true".equalsIgnoreCase(ariaHidden.trim())) {
            return true;
        }
        if (style.isEmpty()) {
            return false;
        }
        String compact = String.join("", Split.onWhitespace(style.toLowerCase(Locale.ROOT)));
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** Whether the element holds the article's text: the plain form of the walk's tag bits and {@link #isMarkedArticle}. */
    static boolean isArticleContainer(Element e) {
        String name = e.normalName();
        if (name.equals("article") || name.equals("main")) {
            return true;
        }
        // Sites put "article_body" on <body> for a page type; that says nothing about where the text is.
        if (name.equals("body") || name.equals("html") || e.attributesSize() == 0) {
            return false;
        }
        return isMarkedArticle(e);
    }

    /** Whether the element's attributes mark it as holding the article's text (its name aside). */
    static boolean isMarkedArticle(Element e) {
        return isMarkedArticle(e.attr("itemprop"), e.className(), e.id());
    }

    /** {@link #isMarkedArticle(Element)} of the attributes the walk read. */
    static boolean isMarkedArticle(ElementAttributes a) {
        return isMarkedArticle(a.itemprop, a.className.trim(), a.id); // trimmed as Element.className is
    }

    private static boolean isMarkedArticle(String itemprop, String className, String id) {
        if (hasWord(itemprop, "articleBody")) {
            return true;
        }
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
}
