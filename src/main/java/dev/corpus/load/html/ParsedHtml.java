package dev.corpus.load.html;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/** A parsed page, with where its text nodes and the elements the load stage places are in the source. */
public final class ParsedHtml {
    final Document doc;
    final SourceSpans spans;
    /** What the metadata reads, found in the walk of the spans; null for a tracked parse, which had none. */
    private final @Nullable MetadataElements elements;

    private ParsedHtml(Document doc, SourceSpans spans, @Nullable MetadataElements elements) {
        this.doc = doc;
        this.spans = spans;
        this.elements = elements;
    }

    /**
     * Parses without jsoup's position tracking when a scan of the source accounts for every text node: with
     * jsoup 1.24.1 a tracked parse still costs about a fifth more than the scan, the untracked parse and the
     * check together. Otherwise parses with it.
     */
    static ParsedHtml parse(String html) {
        SourceScan scan = SourceScan.of(html);
        if (!scan.uncertain) {
            Document doc = Parser.htmlParser().parseInput(html, "");
            MetadataElements elements = new MetadataElements();
            SourceSpans spans = SourceSpans.scanned(doc, html, scan, elements);
            if (spans != null) {
                return new ParsedHtml(doc, spans, elements);
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
}
