package dev.corpus.load.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Where a parsed page's text nodes and br, td, th and script elements are in its source: jsoup's tracked
 * positions, or, for a page parsed without tracking, the runs and tags of a {@link SourceScan} that matched the
 * parsed nodes one to one. Both give the same numbers: a text node's span is its character token's, an
 * element's start is its tag's '&lt;'.
 *
 * <p>Scanned spans are looked up by node identity, searching on from where the last lookup of that kind
 * found its node: asked in document order, as the block and metadata walks ask, each lookup is a step or two.
 */
final class SourceSpans {
    /** For a page parsed with position tracking. */
    static final SourceSpans TRACKED = new SourceSpans(
            true, List.of(), new int[0], new int[0], new boolean[0], List.of(), List.of(), List.of(), null);

    /** How many chars at either end of a data node {@link #isSource} compares. */
    private static final int RAW_ENDS = 32;

    private static final int TEXT = 0;
    private static final int BR = 1;
    private static final int SCRIPT = 2;
    private static final int CELL = 3;

    private final boolean tracked;
    // Scanned spans, each kind in document order.
    private final Node[][] nodes;
    private final int[] textStarts;
    private final int[] textEnds;
    /** Per text node: whether its text is its span's source char for char (no entity, no line break change). */
    private final boolean[] verbatim;

    private final int[] brStarts;
    private final int[] scriptStarts;
    private final int[] cellStarts;
    /** Per kind: where the last lookup found its node. */
    private final int[] cursors = new int[4];

    private SourceSpans(
            boolean tracked,
            List<TextNode> texts,
            int[] starts,
            int[] ends,
            boolean[] verbatim,
            List<Element> brs,
            List<Element> scripts,
            List<Element> cells,
            @Nullable SourceScan scan) {
        this.tracked = tracked;
        this.nodes = new Node[][] {
            texts.toArray(new Node[0]),
            brs.toArray(new Node[0]),
            scripts.toArray(new Node[0]),
            cells.toArray(new Node[0])
        };
        this.textStarts = starts;
        this.textEnds = ends;
        this.verbatim = verbatim;
        this.brStarts = scan == null ? new int[0] : Arrays.copyOf(scan.brStart, scan.brs);
        this.scriptStarts = scan == null ? new int[0] : Arrays.copyOf(scan.scriptStart, scan.scripts);
        this.cellStarts = scan == null ? new int[0] : Arrays.copyOf(scan.cellStart, scan.cells);
    }

    /**
     * The spans of a page parsed without tracking, taken from the scan of its source; null when the scan's runs
     * and tags do not match the parsed nodes one to one, in order and text. The walk that finds the nodes also
     * hands every element to {@code elements}, so that the metadata need not walk the page again.
     */
    static @Nullable SourceSpans scanned(Document doc, String source, SourceScan scan, MetadataElements elements) {
        ParsedNodes parsed = new ParsedNodes(elements);
        NodeTraversor.traverse(parsed, doc);
        if (!parsed.hasTagsOf(scan)) {
            return null;
        }
        RunMatch match = new RunMatch(source, parsed);
        if (!match.matches(scan)) {
            return null;
        }
        return new SourceSpans(
                false,
                parsed.texts,
                match.starts,
                match.ends,
                match.verbatim,
                parsed.brs,
                parsed.scripts,
                parsed.cells,
                scan);
    }

    /** A parsed page's nodes of the kinds the spans place or check, each kind in document order. */
    private static final class ParsedNodes implements NodeVisitor {
        final List<TextNode> texts = new ArrayList<>();
        final List<DataNode> data = new ArrayList<>();
        final List<Element> brs = new ArrayList<>();
        final List<Element> scripts = new ArrayList<>();
        final List<Element> cells = new ArrayList<>();
        private final MetadataElements elements;

        ParsedNodes(MetadataElements elements) {
            this.elements = elements;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                texts.add(t);
            } else if (node instanceof DataNode d) {
                data.add(d);
            } else if (node instanceof Element e) {
                elements.add(e);
                addTag(e);
            }
        }

        private void addTag(Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                brs.add(e);
            } else if (name.equals("script")) {
                scripts.add(e);
            } else if (name.equals("td") || name.equals("th")) {
                cells.add(e);
            }
        }

        /** Whether the scan found as many of each tag the spans place as the parser made. */
        boolean hasTagsOf(SourceScan scan) {
            return brs.size() == scan.brs && scripts.size() == scan.scripts && cells.size() == scan.cells;
        }
    }

    /** Matches a scan's runs with the parsed text and data nodes, in order, and keeps the text nodes' spans. */
    private static final class RunMatch {
        final int[] starts;
        final int[] ends;
        final boolean[] verbatim;
        private final String source;
        private final List<TextNode> texts;
        private final List<DataNode> data;
        /** The next text node and data node to match. */
        private int t;

        private int d;
        private int[] scratch = new int[64];

        RunMatch(String source, ParsedNodes parsed) {
            this.source = source;
            this.texts = parsed.texts;
            this.data = parsed.data;
            this.starts = new int[texts.size()];
            this.ends = new int[texts.size()];
            this.verbatim = new boolean[texts.size()];
        }

        /** Whether every run matches the next node of its kind, and no node is left over. */
        boolean matches(SourceScan scan) {
            for (int r = 0; r < scan.runs; r++) {
                boolean matched = scan.runRaw[r]
                        ? matchesData(scan.runStart[r], scan.runEnd[r])
                        : matchesText(scan.runStart[r], scan.runTextStart[r], scan.runEnd[r]);
                if (!matched) {
                    return false;
                }
            }
            return t == texts.size() && d == data.size();
        }

        private boolean matchesData(int start, int end) {
            return d < data.size() && isSource(source, start, end, data.get(d++).getWholeData());
        }

        /** Whether the next text node is source[from, end) as the parser reads it, its span [start, end). */
        private boolean matchesText(int start, int from, int end) {
            if (t == texts.size()) {
                return false;
            }
            String text = texts.get(t).getWholeText();
            int n = text.length();
            if (scratch.length < n) {
                scratch = new int[Math.max(n, scratch.length * 2)];
            }
            // Most text is its source verbatim: then the check is the alignment's own first test, and the block
            // walk need not compare it again.
            verbatim[t] = from == start && end - start == n && source.regionMatches(start, text, 0, n);
            if (!verbatim[t]
                    && !SourceAlignment.align(source, from, end, text, scratch, scratch)
                    && !SourceAlignment.decodesTo(source, from, end, text)) {
                return false;
            }
            starts[t] = start;
            ends[t] = end;
            t++;
            return true;
        }
    }

    /**
     * Whether a data node (script, style) holds the raw text source[start, end): same length, same ends. Its
     * span is never asked for; a tokenizer that read it differently would not agree on its length and both of
     * its ends, and comparing all of a page's scripts char by char costs more than the rest of the check.
     */
    private static boolean isSource(String source, int start, int end, String data) {
        int n = data.length();
        int ends = Math.min(n, RAW_ENDS);
        return n == end - start
                && source.regionMatches(start, data, 0, ends)
                && source.regionMatches(end - ends, data, n - ends, ends);
    }

    /** Where the text node's span starts, or -1 if unknown. */
    int textStart(TextNode node) {
        if (tracked) {
            Range range = node.sourceRange();
            return range.isTracked() ? range.startPos() : -1;
        }
        return at(textStarts, find(TEXT, node));
    }

    /** Where the text node's span ends, or -1 if unknown. */
    int textEnd(TextNode node) {
        if (tracked) {
            Range range = node.sourceRange();
            return range.isTracked() ? range.endPos() : -1;
        }
        return at(textEnds, find(TEXT, node));
    }

    /**
     * Whether the text node's text is the source from {@link #textStart} to {@link #textEnd} char for char, as
     * the scan's check found; false when not known (a tracked parse).
     */
    boolean isVerbatim(TextNode node) {
        if (tracked) {
            return false;
        }
        int i = find(TEXT, node);
        return i >= 0 && verbatim[i];
    }

    /** Where the element's start tag starts, or -1 if unknown. */
    int elementStart(Element element) {
        if (tracked) {
            Range range = element.sourceRange();
            return range.isTracked() ? range.startPos() : -1;
        }
        return switch (element.normalName()) {
            case "br" -> at(brStarts, find(BR, element));
            case "script" -> at(scriptStarts, find(SCRIPT, element));
            case "td", "th" -> at(cellStarts, find(CELL, element));
            default -> -1;
        };
    }

    private static int at(int[] values, int i) {
        return i < 0 ? -1 : values[i];
    }

    /** The node's index among its kind, searched from where the last lookup of that kind found its node. */
    private int find(int kind, Node node) {
        Node[] all = nodes[kind];
        int n = all.length;
        int from = cursors[kind];
        for (int k = 0; k < n; k++) {
            int i = from + k < n ? from + k : from + k - n;
            if (all[i] == node) {
                cursors[kind] = i;
                return i;
            }
        }
        return -1;
    }
}
