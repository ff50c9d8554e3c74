package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.load.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The header blocks found around the start of a copied page's body: headline, dek, byline and dateline, as
 * {@link HeaderReader} read them from the text. An index is -1 when the page has no such line.
 *
 * @param bodyStart the first block of the body, after any header line inside it
 * @param bylineMarked whether the byline says "By" (or another marker), which outweighs the markup's authors
 * @param pageDateFrom where to look for the page's first dateline anywhere, the last resort when neither the
 *     header nor the markup has a day; null when the header has one. Read only when needed: it reads every line.
 */
record Header(
        int bodyStart,
        int bylineIndex,
        int dateIndex,
        boolean bylineMarked,
        List<String> authors,
        @Nullable ArticleDate date,
        @Nullable List<BlockDecision> pageDateFrom,
        @Nullable Block headline,
        @Nullable Block dek) {

    /** Which block holds which header field; the headline's block is the one with its words. */
    Map<Integer, String> roles(PageLines lines, @Nullable String headlineText) {
        Map<Integer, String> roles = new TreeMap<>();
        if (dateIndex >= 0) {
            roles.put(dateIndex, "dateline");
        }
        if (bylineIndex >= 0) {
            roles.put(bylineIndex, "byline");
        }
        if (dek != null) {
            roles.put(dek.index(), "subheadline");
        }
        int at = headline != null && lines.same(headline.index(), headlineText) ? headline.index() : -1;
        for (int i = 0; at < 0 && i < lines.decisions().size(); i++) {
            if (lines.same(i, headlineText)) {
                at = i;
            }
        }
        if (at >= 0) {
            roles.put(at, "headline");
        }
        return roles;
    }

    /** The blocks the header takes out of the body (-1 for a missing byline or dateline). */
    List<Integer> headerIndexes() {
        List<Integer> out = new ArrayList<>();
        for (Block b : new Block[] {headline, dek}) {
            if (b != null) {
                out.add(b.index());
            }
        }
        out.add(bylineIndex);
        out.add(dateIndex);
        return out;
    }
}
