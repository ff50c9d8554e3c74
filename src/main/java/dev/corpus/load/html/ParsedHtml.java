package dev.corpus.load.html;

import dev.corpus.load.Block;
import dev.corpus.load.LoadOptions;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/** A parsed page, with where its text nodes and the elements the load stage places are in the source. */
public final class ParsedHtml {
    final Document doc;
    final SourceSpans spans;
    /** What the metadata reads, found in the walk of the spans; null for a tracked parse, which had none. */
    private final @Nullable MetadataElements elements;

    // The blocks the walk of the spans made, of this source with these limits, until extract takes them.
    private @Nullable List<Block> blocks;

    private final String source;
    private final int maxBlocks;
    private final int maxBlockChars;

    private ParsedHtml(Document doc, SourceSpans spans, @Nullable MetadataElements elements) {
        this(doc, spans, elements, null, "", 0, 0);
    }

    private ParsedHtml(
            Document doc,
            SourceSpans spans,
            @Nullable MetadataElements elements,
            @Nullable List<Block> blocks,
            String source,
            int maxBlocks,
            int maxBlockChars) {
        this.doc = doc;
        this.spans = spans;
        this.elements = elements;
        this.blocks = blocks;
        this.source = source;
        this.maxBlocks = maxBlocks;
        this.maxBlockChars = maxBlockChars;
    }

    /**
     * The untracked parse keeps attribute names as written: lower-casing every name costs the parse, and the load
     * stage reads attributes only ignoring ASCII case ({@code attr}, {@code hasAttr}, {@link ElementAttributes}),
     * which finds the value lower-casing and dropping the later duplicates keeps. The tree builder reads a name
     * as written only for an input in a table's structure and where it merges a second html or body tag's
     * attributes; the scan leaves the first to a tracked parse, and the second changes no value read.
     */
    private static final ParseSettings ATTRIBUTE_CASE_KEPT = new ParseSettings(false, true);

    static ParsedHtml parse(String html) {
        return parse(html, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    /**
     * Parses without jsoup's position tracking when a scan of the source accounts for every text node: with
     * jsoup 1.24.1 a tracked parse still costs about a fifth more than the scan, the untracked parse and the
     * check together. Otherwise parses with it.
     *
     * <p>The one walk that checks the scan against the parsed nodes also gathers the metadata's elements and
     * makes the blocks {@link HtmlBlocks#extract} gives with these limits: a page's nodes are walked once, not
     * once for the check and again for the blocks. Were the check to fail, the blocks are dropped.
     */
    static ParsedHtml parse(String html, int maxBlocks, int maxBlockChars) {
        SourceScan scan = SourceScan.of(html);
        if (!scan.uncertain) {
            Document doc = Parser.htmlParser().settings(ATTRIBUTE_CASE_KEPT).parseInput(html, "");
            MetadataElements elements = new MetadataElements();
            SourceSpans spans = SourceSpans.matching(scan, html);
            BlockCollector collector = new BlockCollector(html, spans, maxBlocks, maxBlockChars);
            NodeTraversor.filter(new MatchingWalk(spans, elements, collector), doc);
            if (spans.matchedAll()) {
                collector.flush(doc);
                return new ParsedHtml(doc, spans, elements, collector.blocks, html, maxBlocks, maxBlockChars);
            }
        }
        return tracked(html);
    }

    /** Parses with jsoup's position tracking. */
    static ParsedHtml tracked(String html) {
        return new ParsedHtml(
                Parser.htmlParser().setTrackPosition(true).parseInput(html, ""), SourceSpans.TRACKED, null);
    }

    /** The elements {@link HtmlMetadata} reads. */
    MetadataElements metadataElements() {
        return elements != null ? elements : MetadataElements.of(doc);
    }

    /**
     * The blocks of {@code source} with these limits, if the parse made them and they were not taken yet (they
     * are handed out once, as a new walk would make a new list); else null.
     */
    @Nullable
    List<Block> takeBlocks(String source, int maxBlocks, int maxBlockChars) {
        List<Block> made = blocks;
        if (made == null
                || source != this.source // the same string: one parse, one source
                || maxBlocks != this.maxBlocks
                || maxBlockChars != this.maxBlockChars) {
            return null;
        }
        blocks = null;
        return made;
    }

    /**
     * Matches every node with the scan and gathers the metadata's elements, and hands the nodes the block walk
     * visits to it: those outside what it skips, up to where it stops (it filters, while the check and the
     * metadata need every node). Stops at the first node that does not match.
     */
    private static final class MatchingWalk implements NodeFilter {
        private final SourceSpans spans;
        private final MetadataElements elements;
        private final BlockWalk walk;
        /** The node whose subtree the block walk skips, while the walk is in it; else null. */
        private @Nullable Node skipped;

        private boolean stopped;

        MatchingWalk(SourceSpans spans, MetadataElements elements, BlockWalk walk) {
            this.spans = spans;
            this.elements = elements;
            this.walk = walk;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                elements.add(e);
            }
            if (!spans.match(node)) {
                return FilterResult.STOP;
            }
            if (skipped == null && !stopped) {
                FilterResult result = walk.head(node, depth);
                if (result == FilterResult.SKIP_ENTIRELY) {
                    skipped = node;
                } else if (result == FilterResult.STOP) {
                    stopped = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (skipped == node) {
                skipped = null; // SKIP_ENTIRELY: no tail for the skipped node either
            } else if (skipped == null && !stopped) {
                walk.tail(node, depth);
            }
            return FilterResult.CONTINUE;
        }
    }
}
