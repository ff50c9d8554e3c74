package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.load.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a copied page's header from its text: the byline and dateline at the top of the body or just above
 * it, the headline (the headline-shaped lines above them, or {@link TextHeadline}'s choice) and the dek under
 * the headline.
 */
final class HeaderReader {
    /** How far above the body the header may start, in blocks. */
    private static final int LOOK_BACK = 10;
    /** How far into the body a byline or dateline may sit, in blocks. */
    private static final int LOOK_AHEAD = 4;
    /** How far above and below the page's h1 a dateline may sit, in blocks. */
    private static final int H1_BEFORE = 2;

    private static final int H1_AFTER = 6;
    /** Header lines are short; a longer block is body text even when it mentions a date. */
    private static final int MAX_HEADER_WORDS = 15;
    /** A line of bare names under a headline: two or three names at most. */
    private static final int MAX_BARE_NAME_WORDS = 8;

    private HeaderReader() {}

    /** The header as it is found, field by field; {@link #header()} freezes it. */
    private static final class Draft {
        int bodyStart = -1;
        int bylineIndex = -1;
        int dateIndex = -1;
        boolean bylineMarked;
        List<String> authors = List.of();

        @Nullable
        ArticleDate date;

        @Nullable
        List<BlockDecision> pageDateFrom;

        @Nullable
        Block headline;

        @Nullable
        Block dek;

        Header header() {
            return new Header(
                    bodyStart, bylineIndex, dateIndex, bylineMarked, authors, date, pageDateFrom, headline, dek);
        }
    }

    /** The page's header, read from its lines around the start of the body. */
    static Header read(PageLines lines) {
        List<BlockDecision> decisions = lines.decisions();
        Draft h = new Draft();
        int firstKept = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kept()) {
                firstKept = i;
                break;
            }
        }
        h.bodyStart = firstKept < 0 ? decisions.size() : firstKept;
        bylineAndDate(lines, firstKept, h);
        // A month alone ("January 2022" over an archive's list) is no article's day: look further for one.
        if (!ArticleDates.isFullDay(h.date)) {
            dateNearHeading(lines, h);
        }
        if (!ArticleDates.isFullDay(h.date)) {
            h.pageDateFrom = decisions;
        }
        int lastHeader = Math.max(h.bylineIndex, h.dateIndex);
        if (lastHeader >= h.bodyStart) {
            h.bodyStart = lastHeader + 1;
        }
        int top = h.bodyStart;
        for (int idx : new int[] {h.bylineIndex, h.dateIndex}) {
            if (idx >= 0 && idx < top) {
                top = idx;
            }
        }
        headlineAndDek(lines, top, h);
        if (h.bylineIndex < 0 && h.headline != null) {
            bareNamesUnderHeadline(lines, h.headline.index(), h);
        }
        return h.header();
    }

    /** The first byline and the first date among the short lines around the body's first kept block. */
    private static void bylineAndDate(PageLines lines, int firstKept, Draft h) {
        int size = lines.decisions().size();
        int from = firstKept < 0 ? 0 : Math.max(0, firstKept - LOOK_BACK);
        int to = firstKept < 0 ? Math.min(size, LOOK_BACK) : Math.min(size, firstKept + LOOK_AHEAD);
        // once a byline and a date are found the lines further down change nothing: they need not be read
        for (int i = from; i < to && (h.bylineIndex < 0 || h.date == null); i++) {
            String text = lines.text(i);
            // a longer line is no byline (nor read as one): its words need not be counted
            if (text.length() > Bylines.MAX_LENGTH || lines.wordCount(i) > MAX_HEADER_WORDS) {
                continue;
            }
            boolean nextToBody = i + 1 >= h.bodyStart - 1;
            Optional<Bylines.Byline> b = lines.byline(i, true);
            if (b.isEmpty() && nextToBody && h.bylineIndex < 0 && i <= h.bodyStart) {
                b = lines.byline(i, false);
            }
            if (b.isEmpty()) {
                continue;
            }
            if (!b.get().authors().isEmpty() && h.bylineIndex < 0) {
                h.bylineIndex = i;
                h.bylineMarked = b.get().marked();
                h.authors = b.get().authors();
            }
            if (b.get().date() != null && h.date == null) {
                h.dateIndex = i;
                h.date = b.get().date();
            }
        }
    }

    /**
     * The headline (and the dek under it) above {@code top}, the header's first line: the one or two
     * headline-shaped lines right above it, unless {@link TextHeadline} scores another line higher or finds
     * none plausible.
     */
    private static void headlineAndDek(PageLines lines, int top, Draft h) {
        List<BlockDecision> decisions = lines.decisions();
        List<Block> candidates = new ArrayList<>();
        for (int i = top - 1; i >= Math.max(0, top - LOOK_BACK) && candidates.size() < 2; i--) {
            BlockDecision d = decisions.get(i);
            boolean furniture = d.droppedAsFurniture();
            boolean fits =
                    lines.looksLikeHeadline(i) || (candidates.isEmpty() && Headlines.looksLikeDek(lines.wordCount(i)));
            if (i == h.bylineIndex || i == h.dateIndex) {
                continue;
            }
            if (!furniture && fits) {
                candidates.add(0, d.block());
            } else if (!candidates.isEmpty()) {
                break;
            }
        }
        if (candidates.size() == 2 && lines.looksLikeHeadline(candidates.get(0).index())) {
            h.headline = candidates.get(0);
            h.dek = candidates.get(1);
        } else if (!candidates.isEmpty()) {
            Block last = candidates.get(candidates.size() - 1);
            h.headline = lines.looksLikeHeadline(last.index()) ? last : null;
        }
        TextHeadline scorer = new TextHeadline(lines, h.bodyStart);
        int scored = scorer.choose(top, h.bylineIndex, h.dateIndex);
        if (scored >= 0 && (h.headline == null || h.headline.index() != scored)) {
            h.headline = decisions.get(scored).block();
            h.dek = dekAfter(lines, scored, top, h);
        } else if (scored < 0 && h.headline != null && !scorer.plausible(h.headline.index())) {
            h.headline = null;
            h.dek = null;
        }
    }

    /**
     * On a copied page the author's name often stands alone between the headline and the body, with buttons
     * and credits around it: below a headline the first line of bare names is the byline.
     */
    private static void bareNamesUnderHeadline(PageLines lines, int headline, Draft h) {
        int to = Math.min(lines.decisions().size(), h.bodyStart + LOOK_AHEAD);
        for (int i = headline + 1; i < to; i++) {
            BlockDecision d = lines.decision(i);
            String text = d.block().text();
            int words = lines.wordCount(i);
            if (i >= h.bodyStart && d.kept() && words > MAX_BARE_NAME_WORDS) {
                return; // the body has started
            }
            if (i == h.dateIndex
                    || d.block() == h.dek
                    || words > MAX_BARE_NAME_WORDS
                    || TextHeadline.isFurniture(d)
                    || text.strip().endsWith(".")) {
                continue;
            }
            Optional<Bylines.Byline> b = lines.byline(i, false);
            if (b.isPresent() && !b.get().authors().isEmpty()) {
                h.bylineIndex = i;
                h.authors = b.get().authors();
                if (h.bodyStart <= i) {
                    h.bodyStart = i + 1;
                }
                return;
            }
        }
    }

    /** The standfirst right under the headline at {@code headline}, when the next block reads as one. */
    private static @Nullable Block dekAfter(PageLines lines, int headline, int top, Draft h) {
        int i = headline + 1;
        while (i < top && lines.same(i, headline)) {
            i++;
        }
        if (i >= top || i == h.bylineIndex || i == h.dateIndex) {
            return null;
        }
        BlockDecision d = lines.decision(i);
        return !d.droppedAsFurniture() && Headlines.looksLikeDek(lines.wordCount(i)) ? d.block() : null;
    }

    /**
     * On HTML pages the article's one h1 anchors the header even when the cleaner has started the body
     * elsewhere: a dateline just above or below it ("Datum: 03.02.2022") is the article's.
     */
    private static void dateNearHeading(PageLines lines, Draft h) {
        List<BlockDecision> decisions = lines.decisions();
        int h1 = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).block().hints().headingLevel() == 1) {
                if (h1 >= 0) {
                    return; // several h1: a list of articles, none of them anchors
                }
                h1 = i;
            }
        }
        if (h1 < 0) {
            return;
        }
        int from = Math.max(0, h1 - H1_BEFORE);
        int to = Math.min(decisions.size(), h1 + H1_AFTER + 1);
        for (int i = from; i < to; i++) {
            String text = lines.text(i);
            if (i == h1 || text.length() > Bylines.MAX_LENGTH || lines.wordCount(i) > MAX_HEADER_WORDS) {
                continue;
            }
            Optional<Bylines.Byline> b = lines.byline(i, true);
            if (b.isPresent()
                    && b.get().date() != null
                    && !b.get().date().iso().startsWith("--")
                    && (h.date == null || ArticleDates.isFullDay(b.get().date()))) {
                h.date = b.get().date();
                h.dateIndex = i;
                return;
            }
        }
    }
}
