package dev.corpus.load.html;

import java.util.Arrays;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
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
    static final SourceSpans TRACKED = new SourceSpans(null, "");

    /** How many chars at either end of a data node {@link #isSource} compares. */
    private static final int RAW_ENDS = 32;

    private static final int TEXT = 0;
    private static final int BR = 1;
    private static final int SCRIPT = 2;
    private static final int CELL = 3;

    /** The scan the spans come from; null for a tracked parse. */
    private final @Nullable SourceScan scan;

    private final String source;
    // Scanned spans: per kind, the nodes matched so far, in document order.
    private final Node[][] nodes = {new Node[64], new Node[16], new Node[16], new Node[16]};
    private final int[] counts = new int[4];
    private int[] textStarts = new int[64];
    private int[] textEnds = new int[64];
    /** Per text node: whether its text is its span's source char for char (no entity, no line break change). */
    private boolean[] verbatim = new boolean[64];
    /** Per kind: where the last lookup found its node. */
    private final int[] cursors = new int[4];
    // The next text run and raw run of the scan to match: each kind's runs match its nodes in order.
    private int textRun = -1;
    private int rawRun = -1;
    private int[] scratch = new int[64];
    /** Whether a node did not match the next run of its kind, or was one too many. */
    private boolean mismatch;

    private SourceSpans(@Nullable SourceScan scan, String source) {
        this.scan = scan;
        this.source = source;
        if (scan != null) {
            textRun = nextRun(-1, false);
            rawRun = nextRun(-1, true);
        }
    }

    /** Spans to be matched, node by node in document order, with {@link #match}: none yet. */
    static SourceSpans matching(SourceScan scan, String source) {
        return new SourceSpans(scan, source);
    }

    /**
     * Matches the next node in document order: a text or data node with the next run of its kind, a br, script,
     * td or th with the next tag of its kind. False once a node did not match; then the spans must not be used.
     */
    boolean match(Node node) {
        if (mismatch) {
            return false;
        }
        if (node instanceof TextNode t) {
            mismatch = !matchesText(t);
        } else if (node instanceof DataNode d) {
            mismatch = !matchesData(d);
        } else if (node instanceof Element e) {
            mismatch = !addTag(e);
        }
        return !mismatch;
    }

    /** Whether every node matched, and every run and tag of the scan has its node: the spans hold. */
    boolean matchedAll() {
        SourceScan s = scan;
        return !mismatch
                && s != null
                && textRun == s.runs
                && rawRun == s.runs
                && counts[BR] == s.brs
                && counts[SCRIPT] == s.scripts
                && counts[CELL] == s.cells;
    }

    /** The next run after {@code r} that is raw (or not), or the scan's run count if none. */
    private int nextRun(int r, boolean raw) {
        SourceScan s = scan;
        int i = r + 1;
        while (i < s.runs && s.runRaw[i] != raw) {
            i++;
        }
        return i;
    }

    private boolean addTag(Element e) {
        String name = e.normalName();
        if (name.equals("br")) {
            return add(BR, e, scan.brs);
        } else if (name.equals("script")) {
            return add(SCRIPT, e, scan.scripts);
        } else if (name.equals("td") || name.equals("th")) {
            return add(CELL, e, scan.cells);
        }
        return true;
    }

    /** Adds the next node of a kind; false if the scan found no more of it. */
    private boolean add(int kind, Node node, int found) {
        int n = counts[kind];
        if (n == found) {
            return false;
        }
        if (n == nodes[kind].length) {
            nodes[kind] = Arrays.copyOf(nodes[kind], n * 2);
        }
        nodes[kind][n] = node;
        counts[kind] = n + 1;
        return true;
    }

    private boolean matchesData(DataNode node) {
        SourceScan s = scan;
        int r = rawRun;
        if (r == s.runs || !isSource(source, s.runStart[r], s.runEnd[r], node.getWholeData())) {
            return false;
        }
        rawRun = nextRun(r, true);
        return true;
    }

    /** Whether the text node is the next text run as the parser reads it; keeps its span. */
    private boolean matchesText(TextNode node) {
        SourceScan s = scan;
        int r = textRun;
        if (r == s.runs) {
            return false;
        }
        int start = s.runStart[r];
        int from = s.runTextStart[r];
        int end = s.runEnd[r];
        String text = node.getWholeText();
        int n = text.length();
        if (scratch.length < n) {
            scratch = new int[Math.max(n, scratch.length * 2)];
        }
        // Most text is its source verbatim: then the check is the alignment's own first test, and the block
        // walk need not compare it again.
        boolean same = from == start && end - start == n && source.regionMatches(start, text, 0, n);
        if (!same
                && !SourceAlignment.align(source, from, end, text, scratch, scratch)
                && !SourceAlignment.decodesTo(source, from, end, text)) {
            return false;
        }
        int t = counts[TEXT];
        if (t == textStarts.length) {
            textStarts = Arrays.copyOf(textStarts, t * 2);
            textEnds = Arrays.copyOf(textEnds, t * 2);
            verbatim = Arrays.copyOf(verbatim, t * 2);
        }
        add(TEXT, node, Integer.MAX_VALUE);
        textStarts[t] = start;
        textEnds[t] = end;
        verbatim[t] = same;
        textRun = nextRun(r, false);
        return true;
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
        if (scan == null) {
            Range range = node.sourceRange();
            return range.isTracked() ? range.startPos() : -1;
        }
        return at(textStarts, find(TEXT, node));
    }

    /** Where the text node's span ends, or -1 if unknown. */
    int textEnd(TextNode node) {
        if (scan == null) {
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
        if (scan == null) {
            return false;
        }
        int i = find(TEXT, node);
        return i >= 0 && verbatim[i];
    }

    /** Where the element's start tag starts, or -1 if unknown. */
    int elementStart(Element element) {
        SourceScan s = scan;
        if (s == null) {
            Range range = element.sourceRange();
            return range.isTracked() ? range.startPos() : -1;
        }
        return switch (element.normalName()) {
            case "br" -> at(s.brStart, find(BR, element));
            case "script" -> at(s.scriptStart, find(SCRIPT, element));
            case "td", "th" -> at(s.cellStart, find(CELL, element));
            default -> -1;
        };
    }

    private static int at(int[] values, int i) {
        return i < 0 ? -1 : values[i];
    }

    /** The node's index among its kind, searched from where the last lookup of that kind found its node. */
    private int find(int kind, Node node) {
        Node[] all = nodes[kind];
        int n = counts[kind];
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
