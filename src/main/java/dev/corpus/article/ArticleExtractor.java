package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.clean.CleanedPage;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.ContainerPath;
import dev.corpus.load.Evidence;
import dev.corpus.load.OffsetMap;
import dev.corpus.load.PageMetadata;
import dev.corpus.load.TextNormalizer;
import dev.corpus.nlp.DateParser;
import dev.corpus.nlp.Words;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds headline, subheadline, byline, date and body in a cleaned page. The body is what the cleaner kept;
 * the header (headline, dek, byline, dateline) is read from the blocks just before and at the top of it.
 * On HTML pages what the markup states (JSON-LD, meta tags) is preferred, and {@link Article#sources()}
 * says where each field came from.
 */
public final class ArticleExtractor {
    /** How far above the body the header may start, in blocks. */
    private static final int LOOK_BACK = 10;
    /** How far into the body a byline or dateline may sit, in blocks. */
    private static final int LOOK_AHEAD = 4;
    /** A dateline anywhere on the page is short: a date, a time, a name at most. */
    private static final int MAX_DATELINE_WORDS = 10;
    /** A template's sentence that says when the article was posted, with its categories and author. */
    private static final int MAX_NOTE_WORDS = 30;

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](?=\\s)");
    /** Blocks whose dates belong to other pages or to the site: link lists, footers, comments. */
    private static final Set<String> NOT_DATELINE = Set.of("links", "footer", "comments");

    /** How far above and below the page's h1 a dateline may sit, in blocks. */
    private static final int H1_BEFORE = 2;

    private static final int H1_AFTER = 6;
    /** Header lines are short; a longer block is body text even when it mentions a date. */
    private static final int MAX_HEADER_WORDS = 15;
    /** A line of bare names under a headline: two or three names at most. */
    private static final int MAX_BARE_NAME_WORDS = 8;
    /** More author elements than this on a page are mostly other articles' teasers. */
    private static final int MAX_ELEMENT_AUTHORS = 4;
    /** A timestamp in UTC: a time followed by Z or a zero offset. */
    private static final java.util.regex.Pattern UTC =
            java.util.regex.Pattern.compile("T?(\\d\\d):\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]00:?00)(?!\\d)");

    /** Markup date sources that may name another page's or the template's date: below the visible byline. */
    private static final Set<String> WEAK_DATE_SOURCES = Set.of("json-ld:page", "time:first");

    private static final int LATEST_PREVIOUS_DAY_HOUR = 10;
    private static final int EARLIEST_NEXT_DAY_HOUR = 14;
    /** A timestamp with an offset from UTC. */
    private static final java.util.regex.Pattern OFFSET =
            java.util.regex.Pattern.compile("\\d:\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?[+-]\\d\\d:?\\d\\d\\b");
    /** A domain name inside a value: "www.example.com" gives "example". */
    private static final java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("(?:www\\.)?([\\p{L}\\d-]{2,63})\\.\\p{L}{2,6}\\b");

    /** A markup body replaces a visible one only when it is a real article's length (it may be a summary). */
    private static final int MIN_MARKUP_BODY_WORDS = 80;

    public Article extract(CleanedPage page) {
        return extract(page, Deadline.NONE);
    }

    /** As {@link #extract(CleanedPage)}; throws {@link Deadline.Exceeded} once the deadline passes. */
    public Article extract(CleanedPage page, Deadline deadline) {
        List<BlockDecision> decisions = page.decisions();
        PageMetadata meta = page.page().metadata();
        Map<String, String> sources = new LinkedHashMap<>();
        PageLines lines = new PageLines(decisions);
        Header header = readHeader(lines);

        deadline.check();
        String headline = headline(decisions, meta, header, sources);
        String dek = header.dek == null ? null : header.dek.text();
        if (dek != null) {
            sources.put("subheadline", "text");
        }
        List<String> authors = authors(meta, header, sources);
        ArticleDate date = date(meta, header, decisions, sources);
        if (sources.getOrDefault("date", "").startsWith("text")) {
            // Markup dates are the software's, often American; the visible ones follow the readers' custom.
            date = NumericDates.inPageOrder(date, decisions, page.language());
        }
        deadline.check();

        Set<Integer> headerBlocks = new LinkedHashSet<>(header.headerIndexes());
        List<Block> body = new ArrayList<>();
        for (int i = Math.max(0, header.bodyStart); i < decisions.size(); i++) {
            BlockDecision d = decisions.get(i);
            if (d.kept() && !headerBlocks.contains(i) && !lines.same(i, headline)) {
                body.add(d.block());
            }
        }
        if (!body.isEmpty()) {
            sources.put("body", "text");
        }
        deadline.check();
        List<Block> fromMarkup = markupBody(meta.bodies(), page.page().blocks().size());
        int markupWords = words(fromMarkup);
        if ((body.isEmpty() && markupWords > 0)
                || (markupWords >= MIN_MARKUP_BODY_WORDS && markupWords >= 2 * words(body))) {
            // The visible text is built by scripts (the page holds little but a shell): take the markup's.
            body = fromMarkup;
            sources.put("body", "json-ld");
        }
        if (body.isEmpty() && !meta.descriptions().isEmpty()) {
            // Nothing readable at all (a page that scripts build): the description beats an empty body.
            Evidence description = meta.descriptions().get(0);
            body = markupBody(List.of(description), page.page().blocks().size());
            sources.put("body", description.source());
        }
        String text = String.join("\n\n", body.stream().map(Block::text).toList());
        return new Article(headline, dek, authors, date, text, body, sources, header.roles(lines, headline));
    }

    /**
     * The longest of the markup's texts (JSON-LD articleBody) as body blocks, one per line of it. Its offsets all point at the
     * start of the script it came from: the text is there, but JSON escapes make a char-exact map costly.
     */
    private static List<Block> markupBody(List<Evidence> bodies, int firstIndex) {
        Evidence longest = null;
        for (Evidence e : bodies) {
            if (longest == null || e.value().length() > longest.value().length()) {
                longest = e;
            }
        }
        if (longest == null) {
            return List.of();
        }
        int at = Math.max(0, longest.at());
        List<Block> blocks = new ArrayList<>();
        for (String line : longest.value().split("\\n")) {
            TextNormalizer.Normalized n = TextNormalizer.normalize(line, 0, line.length());
            if (n.text().isEmpty()) {
                continue;
            }
            int[] map = new int[n.text().length() + 1];
            java.util.Arrays.fill(map, at);
            BlockHints hints = new BlockHints("script", 0, 0, true, false, true, 0, "", ContainerPath.NONE);
            blocks.add(new Block(firstIndex + blocks.size(), n.text(), OffsetMap.of(map), BlockKind.PARAGRAPH, hints));
        }
        return blocks;
    }

    private static int words(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += Words.count(b.text());
        }
        return n;
    }

    /** The header blocks found around the start of the body. */
    private static final class Header {
        int bodyStart = -1;
        int bylineIndex = -1;
        int dateIndex = -1;
        boolean bylineMarked;
        List<String> authors = List.of();

        @Nullable
        ArticleDate date;

        /**
         * Where to look for the page's first dateline anywhere, the last resort when neither the header nor the
         * markup has a day; null when the header has one. Read only when needed: it reads every line.
         */
        @Nullable
        List<BlockDecision> pageDateFrom;

        @Nullable
        Block headline;

        @Nullable
        Block dek;

        /** Which block holds which header field; the headline's block is the one with its words. */
        Map<Integer, String> roles(PageLines lines, @Nullable String headlineText) {
            Map<Integer, String> roles = new java.util.TreeMap<>();
            if (dateIndex >= 0) {
                roles.put(dateIndex, "dateline");
            }
            if (bylineIndex >= 0) {
                roles.put(bylineIndex, "byline");
            }
            if (dek != null) {
                roles.put(dek.index(), "subheadline");
            }
            int at = headline != null && Headlines.same(headline.text(), headlineText) ? headline.index() : -1;
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

    private static Header readHeader(PageLines lines) {
        List<BlockDecision> decisions = lines.decisions();
        Header h = new Header();
        int firstKept = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kept()) {
                firstKept = i;
                break;
            }
        }
        h.bodyStart = firstKept < 0 ? decisions.size() : firstKept;
        int from = firstKept < 0 ? 0 : Math.max(0, firstKept - LOOK_BACK);
        int to = firstKept < 0
                ? Math.min(decisions.size(), LOOK_BACK)
                : Math.min(decisions.size(), firstKept + LOOK_AHEAD);
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
        // A month alone ("January 2022" over an archive's list) is no article's day: look further for one.
        if (!isFullDay(h.date)) {
            dateNearHeading(lines, h);
        }
        if (!isFullDay(h.date)) {
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
        List<Block> candidates = new ArrayList<>();
        for (int i = top - 1; i >= Math.max(0, top - LOOK_BACK) && candidates.size() < 2; i--) {
            BlockDecision d = decisions.get(i);
            String text = d.block().text();
            boolean furniture = !d.kept() && !d.reason().contains("outside the article");
            boolean fits = lines.looksLikeHeadline(i) || (candidates.isEmpty() && Headlines.looksLikeDek(text));
            if (i == h.bylineIndex || i == h.dateIndex) {
                continue;
            }
            if (!furniture && fits) {
                candidates.add(0, d.block());
            } else if (!candidates.isEmpty()) {
                break;
            }
        }
        if (candidates.size() == 2
                && Headlines.looksLikeHeadline(candidates.get(0).text())) {
            h.headline = candidates.get(0);
            h.dek = candidates.get(1);
        } else if (!candidates.isEmpty()) {
            Block last = candidates.get(candidates.size() - 1);
            h.headline = Headlines.looksLikeHeadline(last.text()) ? last : null;
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
        if (h.bylineIndex < 0 && h.headline != null) {
            bareNamesUnderHeadline(lines, h.headline.index(), h);
        }
        return h;
    }

    /**
     * On a copied page the author's name often stands alone between the headline and the body, with buttons
     * and credits around it: below a headline the first line of bare names is the byline.
     */
    private static void bareNamesUnderHeadline(PageLines lines, int headline, Header h) {
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
    private static @Nullable Block dekAfter(PageLines lines, int headline, int top, Header h) {
        int i = headline + 1;
        while (i < top && lines.same(i, headline)) {
            i++;
        }
        if (i >= top || i == h.bylineIndex || i == h.dateIndex) {
            return null;
        }
        BlockDecision d = lines.decision(i);
        boolean furniture = !d.kept() && !d.reason().contains("outside the article");
        return !furniture && Headlines.looksLikeDek(d.block().text()) ? d.block() : null;
    }

    /**
     * On HTML pages the article's one h1 anchors the header even when the cleaner has started the body
     * elsewhere: a dateline just above or below it ("Datum: 03.02.2022") is the article's.
     */
    private static void dateNearHeading(PageLines lines, Header h) {
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
                    && (h.date == null || isFullDay(b.get().date()))) {
                h.date = b.get().date();
                h.dateIndex = i;
                return;
            }
        }
    }

    /** The text up to the end of the sentence that goes on at {@code from} (". " or the text's end). */
    private static String sentenceAround(String text, int from) {
        var end = SENTENCE_END.matcher(text);
        return end.find(from) ? text.substring(0, end.start() + 1) : text;
    }

    private static boolean isFullDay(@Nullable ArticleDate date) {
        return date != null && date.iso().length() == "2000-01-01".length();
    }

    /**
     * The first short line with a full day (or paragraph that opens with one) that is not a link (archive
     * lists, teasers) or the footer (copyright years): on a page whose article the cleaner missed, it is most often the article's date.
     */
    private static @Nullable ArticleDate firstDateline(List<BlockDecision> decisions) {
        for (BlockDecision d : decisions) {
            if (NOT_DATELINE.contains(d.reason())
                    || !DateParser.mayHoldYear(d.block().text())) {
                continue; // a full day is written with its year: most lines are done here
            }
            String text = d.block().text().strip();
            // both readings below take the line's first date (the byline's is the same search on the same
            // text), and only a full day counts: a line without one is done before the words are read
            Optional<DateParser.Match> m = DateParser.find(text);
            if (m.isEmpty() || m.get().iso().length() != "2000-01-01".length()) {
                continue;
            }
            int words = Words.count(text);
            if (words > MAX_DATELINE_WORDS) {
                // A paragraph that opens with its day ("01.02.2022 – The council said ...") is dated by it, and
                // so is a template's sentence "This entry was posted on May 3, 2011 by Ann".
                String sentence =
                        m.isEmpty() ? text : sentenceAround(text, m.get().end());
                String note = Words.count(sentence) <= MAX_NOTE_WORDS ? Bylines.noteKind(sentence) : null;
                if (m.isPresent()
                        && (m.get().start() == 0 || note != null)
                        && m.get().iso().length() == "2000-01-01".length()) {
                    return new ArticleDate(
                            text.substring(m.get().start(), m.get().end()),
                            m.get().iso(),
                            note == null ? "published" : note);
                }
                continue;
            }
            Optional<Bylines.Byline> b = Bylines.parse(text, true);
            if (b.isPresent() && b.get().date() != null && b.get().date().iso().length() == "2000-01-01".length()) {
                return b.get().date();
            }
        }
        return null;
    }

    /**
     * The headline the markup states, in order of trust (JSON-LD, og:title, twitter:title, the title tag, the
     * h1), without the site's name; when the visible heading is a kicker over a headline, the markup title with
     * the visible headline's words (see {@link Headlines#markupHeadline(List, String)}); else the
     * headline-shaped line above the body.
     */
    private static @Nullable String headline(
            List<BlockDecision> decisions, PageMetadata meta, Header header, Map<String, String> sources) {
        List<String> siteNames =
                new ArrayList<>(meta.siteNames().stream().map(Evidence::value).toList());
        // The visible heading's kicker is no title: it only tells how the site writes its headlines.
        String kicker = "";
        List<Evidence> titles = new ArrayList<>();
        for (Evidence title : meta.titles()) {
            if (title.source().equals("heading:kicker")) {
                kicker = title.value();
            } else {
                titles.add(title);
            }
        }
        Set<String> otherTitles = new LinkedHashSet<>();
        for (Evidence title : titles) {
            if (!title.source().equals("title")) {
                otherTitles.add(Headlines.key(Headlines.withoutSiteName(title.value(), siteNames)));
            }
        }
        // A title tag nearly always ends with the site's name: unless another source says the same words, what
        // it adds after a separator names the site, and is cut from the other titles too.
        for (Evidence title : titles) {
            String whole = Headlines.withoutSiteName(title.value(), siteNames);
            if (title.source().equals("title") && !otherTitles.contains(Headlines.key(whole))) {
                String head = Headlines.withoutSiteName(whole, siteNames, true);
                String site = whole.substring(head.length())
                        .replaceFirst("^[\\s|\\-–—:·•»/]+", "")
                        .strip();
                if (whole.startsWith(head) && !site.isEmpty()) {
                    siteNames.add(site);
                }
            }
        }
        List<String> allTitles = titles.stream().map(Evidence::value).toList();
        List<Evidence> cleaned = new ArrayList<>();
        for (Evidence title : titles) {
            String clean = Headlines.withSuffixCut(Headlines.withoutSiteName(title.value(), siteNames), allTitles);
            if (!clean.isBlank()) {
                cleaned.add(new Evidence(clean, title.source()));
            }
        }
        Evidence chosen = Headlines.markupHeadline(cleaned, kicker);
        if (chosen != null) {
            sources.put("headline", chosen.source());
            return chosen.value();
        }
        if (header.headline != null) {
            sources.put("headline", "text");
            return header.headline.text();
        }
        return null;
    }

    /**
     * The authors the markup names (the first source that names any, JSON-LD before meta tags before author
     * elements), else the visible byline. When the markup names only the site itself ("ndr.de" on ndr.de), a
     * person in the visible byline is the better answer; without one, the site is what the page says. The
     * site's name beside a person's is the employer, not a second author.
     */
    private static List<String> authors(PageMetadata meta, Header header, Map<String, String> sources) {
        List<String> siteNames = meta.siteNames().stream().map(Evidence::value).toList();
        List<String> visible = header.authors.stream()
                .filter(n -> !Headlines.isSiteLike(n, siteNames))
                .toList();
        List<String> markup = new ArrayList<>();
        boolean onlySite = true;
        String source = null;
        for (Evidence e : meta.authors()) {
            if (source != null && !source.equals(e.source())) {
                break;
            }
            List<String> found = Bylines.fromMarkup(e.value());
            if (!found.isEmpty()) {
                source = e.source();
            }
            for (String name : found) {
                onlySite &= isSite(name, e.value(), siteNames);
                if (!markup.contains(name)) {
                    markup.add(name);
                }
            }
        }
        if (source != null
                && !(source.startsWith("json-ld") || source.startsWith("meta:"))
                && markup.size() > MAX_ELEMENT_AUTHORS) {
            // Many author elements on one page belong to the teasers of other articles; the first is this one's.
            markup = List.of(markup.get(0));
        }
        // Only a byline that says "By" outweighs the markup: a bare line of capitalized words may be anything.
        if (!markup.isEmpty() && !(onlySite && header.bylineMarked && !visible.isEmpty())) {
            List<String> people =
                    markup.stream().filter(n -> !isSite(n, n, siteNames)).toList();
            sources.put("authors", source);
            return people.isEmpty() ? markup : people;
        }
        if (!visible.isEmpty()) {
            sources.put("authors", "text");
        }
        return visible;
    }

    /** The site or publisher itself: its name, or a value that carries the site's domain ("Site (www.site.com)"). */
    private static boolean isSite(String name, String value, List<String> siteNames) {
        if (Headlines.isSiteLike(name, siteNames)) {
            return true;
        }
        var m = DOMAIN.matcher(value);
        while (m.find()) {
            if (Headlines.isSiteLike(m.group(1), siteNames)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's date: the day in the page's address when it has one, else the most trusted source that
     * gives a full day: the markup's publication date, its modification date, the visible byline's date, weaker
     * markup (a page node's date, the page's first time element). A timestamp in UTC ("2023-11-09T01:49Z") may name
     * the next or previous day from the publisher's: when a source written in local time (an offset other
     * than zero, the visible byline, the address) names a day next to it, that day is the one the page shows
     * its readers.
     */
    private static @Nullable ArticleDate date(
            PageMetadata meta, Header header, List<BlockDecision> decisions, Map<String, String> sources) {
        String urlDay = DateParser.fromUrl(meta.url()).orElse(null);
        List<Evidence> strong = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        for (Evidence e : meta.published()) {
            (WEAK_DATE_SOURCES.contains(e.source()) ? weak : strong).add(e);
        }
        ArticleDate found = fromMarkup(strong, "published", meta, header, urlDay, sources);
        if (found != null) {
            found = shownUpdate(found, meta, header, urlDay, decisions, sources);
        }
        if (found == null) {
            found = fromMarkup(meta.modified(), "updated", meta, header, urlDay, sources);
        }
        if (found == null && isFullDay(header.date)) {
            sources.put("date", "text");
            found = header.date;
        }
        if (found == null) {
            found = fromMarkup(weak, "published", meta, header, urlDay, sources);
        }
        ArticleDate pageDate = found == null && header.pageDateFrom != null ? firstDateline(header.pageDateFrom) : null;
        if (pageDate != null) {
            sources.put("date", "text:page");
            found = pageDate;
        }
        if (found == null && header.date != null) {
            // A month or a day without its year: better than nothing.
            sources.put("date", "text");
            found = header.date;
        }
        // An address is made when the article is first published, so a day in it is the publication day; a
        // different day in the markup is mostly an update's or a template's.
        if (urlDay != null && (found == null || !found.iso().equals(urlDay))) {
            sources.put("date", "url");
            found = new ArticleDate(meta.url(), urlDay, "published");
        }
        return found;
    }

    /**
     * The markup's update day instead of its publication day when the page shows readers only the update: the
     * date on the page is the one its readers (and whoever cites it) take for the article's.
     */
    private static ArticleDate shownUpdate(
            ArticleDate published,
            PageMetadata meta,
            Header header,
            @Nullable String urlDay,
            List<BlockDecision> decisions,
            Map<String, String> sources) {
        Map<String, String> updateSource = new LinkedHashMap<>();
        ArticleDate updated = fromMarkup(meta.modified(), "updated", meta, header, urlDay, updateSource);
        if (updated == null || updated.iso().equals(published.iso())) {
            return published;
        }
        // read only here: it runs the date search over every line, and most pages have no second day to weigh
        Set<String> shownDays = shownDays(decisions);
        if (shownDays.contains(published.iso())
                || shownDays.contains(published.iso().substring(0, "2000-01".length()))
                || !shownDays.contains(updated.iso())) {
            return published;
        }
        sources.put("date", updateSource.get("date") + " (shown on the page)");
        return updated;
    }

    /**
     * The full days the page shows outside link lists, footers and comments (whose dates are other pages' or
     * the site's), and the months the article's own text names.
     */
    private static Set<String> shownDays(List<BlockDecision> decisions) {
        Set<String> days = new java.util.HashSet<>();
        for (BlockDecision d : decisions) {
            if (NOT_DATELINE.contains(d.reason())) {
                continue;
            }
            String text = d.block().text();
            for (DateParser.Match m : DateParser.findAll(text)) {
                if (m.iso().length() == "2000-01".length() && d.kept()) {
                    days.add(m.iso()); // "first published in April 2017": in the article, a month says it too
                } else if (m.iso().length() == "2000-01-01".length()) {
                    days.add(m.iso());
                    // "04/12/2017" may be either day: the page's readers know which, this test need not.
                    DateParser.otherReading(text.substring(m.start(), m.end())).ifPresent(days::add);
                }
            }
        }
        return days;
    }

    /** The first full day among {@code list}, moved to the local day when it is written in UTC. */
    private static @Nullable ArticleDate fromMarkup(
            List<Evidence> list,
            String kind,
            PageMetadata meta,
            Header header,
            @Nullable String urlDay,
            Map<String, String> sources) {
        for (Evidence e : list) {
            Optional<DateParser.Match> m = DateParser.find(e.value());
            if (m.isPresent() && !m.get().iso().startsWith("--")) {
                String iso = m.get().iso();
                var utc = UTC.matcher(e.value());
                if (utc.find()) {
                    String local = localDay(meta, header, urlDay, e.value(), iso, Integer.parseInt(utc.group(1)));
                    if (local != null) {
                        iso = local;
                    }
                }
                sources.put("date", e.source());
                return new ArticleDate(e.value(), iso, kind);
            }
        }
        return null;
    }

    /** A day next to {@code utcDay} that a source written in local time gives, or null. */
    private static @Nullable String localDay(
            PageMetadata meta, Header header, @Nullable String urlDay, String utcValue, String utcDay, int utcHour) {
        List<String> local = new ArrayList<>();
        for (Evidence e : meta.published()) {
            // Only the same moment written in local time: other timestamps (teasers, updates) say nothing.
            if (OFFSET.matcher(e.value()).find() && !UTC.matcher(e.value()).find() && sameMoment(utcValue, e.value())) {
                DateParser.find(e.value()).ifPresent(m -> local.add(m.iso()));
            }
        }
        if (header.date != null) {
            local.add(header.date.iso());
        }
        if (urlDay != null) {
            local.add(urlDay);
        }
        for (String day : local) {
            if (day.length() == utcDay.length() && !day.equals(utcDay) && dayApart(utcDay, day, utcHour)) {
                return day;
            }
            if (day.equals(utcDay)) {
                return null;
            }
        }
        return null;
    }

    /** Whether two ISO timestamps name the same moment, to the minute. */
    private static boolean sameMoment(String a, String b) {
        try {
            var x = java.time.OffsetDateTime.parse(a.strip()).toInstant();
            var y = java.time.OffsetDateTime.parse(b.strip()).toInstant();
            return Math.abs(java.time.Duration.between(x, y).toMinutes()) < 1;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether {@code local} is the day before or after {@code utcDay} and the UTC hour allows it: zones run
     * from UTC-10 to UTC+10 where news is written, so the previous day before 10:00 UTC, the next from 14:00.
     */
    private static boolean dayApart(String utcDay, String local, int utcHour) {
        try {
            long d = java.time.LocalDate.parse(local).toEpochDay()
                    - java.time.LocalDate.parse(utcDay).toEpochDay();
            return d == -1 && utcHour < LATEST_PREVIOUS_DAY_HOUR || d == 1 && utcHour >= EARLIEST_NEXT_DAY_HOUR;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
