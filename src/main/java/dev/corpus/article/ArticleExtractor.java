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
import dev.corpus.nlp.Words;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds headline, subheadline, byline, date and body in a cleaned page. The body is what the cleaner kept;
 * the header (headline, dek, byline, dateline) is read from the blocks just before and at the top of it.
 * On HTML pages what the markup states (JSON-LD, meta tags) is preferred, and {@link Article#sources()}
 * says where each field came from.
 */
public final class ArticleExtractor {
    /** More author elements than this on a page are mostly other articles' teasers. */
    private static final int MAX_ELEMENT_AUTHORS = 4;
    /** A domain name inside a value: "www.example.com" gives "example". */
    private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?([\\p{L}\\d-]{2,63})\\.\\p{L}{2,6}\\b");

    /** The separators between a title tag's headline and the site's name after it. */
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s|\\-–—:·•»/]+");

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
        PageLines lines = new PageLines(decisions, page.words());
        Header header = HeaderReader.read(lines);

        deadline.check();
        String headline = headline(decisions, meta, header, sources);
        String dek = header.dek() == null ? null : header.dek().text();
        if (dek != null) {
            sources.put("subheadline", "text");
        }
        List<String> authors = authors(meta, header, sources);
        ArticleDate date = ArticleDates.of(meta, header, decisions, sources);
        if (sources.getOrDefault("date", "").startsWith("text")) {
            // Markup dates are the software's, often American; the visible ones follow the readers' custom.
            date = NumericDates.inPageOrder(date, decisions, page.language());
        }
        deadline.check();

        Set<Integer> headerBlocks = new LinkedHashSet<>(header.headerIndexes());
        List<Block> body = new ArrayList<>();
        for (int i = Math.max(0, header.bodyStart()); i < decisions.size(); i++) {
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
        List<String> withoutSites = addTitleTagSite(titles, siteNames);
        Evidence chosen = Headlines.markupHeadline(cleanedTitles(titles, withoutSites), kicker);
        if (chosen != null) {
            sources.put("headline", chosen.source());
            return chosen.value();
        }
        if (header.headline() != null) {
            sources.put("headline", "text");
            return header.headline().text();
        }
        return null;
    }

    /**
     * A title tag nearly always ends with the site's name: unless another source says the same words, what it
     * adds after a separator names the site, and is added to {@code siteNames} to be cut from the other titles
     * too. Gives each title without the site names ({@link Headlines#withoutSiteName}), those added included.
     */
    private static List<String> addTitleTagSite(List<Evidence> titles, List<String> siteNames) {
        // each title is cut once for the names known so far, and again only once a name is added
        List<String> without = new ArrayList<>(titles.size());
        for (Evidence title : titles) {
            without.add(Headlines.withoutSiteName(title.value(), siteNames));
        }
        Set<String> otherTitles = new LinkedHashSet<>();
        for (int i = 0; i < titles.size(); i++) {
            if (!titles.get(i).source().equals("title")) {
                otherTitles.add(Headlines.key(without.get(i)));
            }
        }
        int known = siteNames.size();
        for (int i = 0; i < titles.size(); i++) {
            Evidence title = titles.get(i);
            if (!title.source().equals("title")) {
                continue;
            }
            String whole =
                    siteNames.size() == known ? without.get(i) : Headlines.withoutSiteName(title.value(), siteNames);
            if (!otherTitles.contains(Headlines.key(whole))) {
                String head = Headlines.withoutSiteName(whole, siteNames, true);
                String site = LEADING_SEPARATORS
                        .matcher(whole.substring(head.length()))
                        .replaceFirst("")
                        .strip();
                if (whole.startsWith(head) && !site.isEmpty()) {
                    siteNames.add(site);
                }
            }
        }
        if (siteNames.size() != known) {
            for (int i = 0; i < titles.size(); i++) {
                without.set(i, Headlines.withoutSiteName(titles.get(i).value(), siteNames));
            }
        }
        return without;
    }

    /**
     * The titles, given {@code withoutSites} without the site's names, without an ending another title shows to
     * be the site's; blank ones dropped.
     */
    private static List<Evidence> cleanedTitles(List<Evidence> titles, List<String> withoutSites) {
        List<String> allTitles = titles.stream().map(Evidence::value).toList();
        List<Evidence> cleaned = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String clean = Headlines.withSuffixCut(withoutSites.get(i), allTitles);
            if (!clean.isBlank()) {
                cleaned.add(new Evidence(clean, titles.get(i).source()));
            }
        }
        return cleaned;
    }

    /**
     * The authors the markup names (the first source that names any, JSON-LD before meta tags before author
     * elements), else the visible byline. When the markup names only the site itself ("ndr.de" on ndr.de), a
     * person in the visible byline is the better answer; without one, the site is what the page says. The
     * site's name beside a person's is the employer, not a second author.
     */
    private static List<String> authors(PageMetadata meta, Header header, Map<String, String> sources) {
        List<String> siteNames = meta.siteNames().stream().map(Evidence::value).toList();
        List<String> visible = header.authors().stream()
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
        if (!markup.isEmpty() && !(onlySite && header.bylineMarked() && !visible.isEmpty())) {
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
}
