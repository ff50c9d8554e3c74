package dev.corpus.article;

import dev.corpus.load.Evidence;
import dev.corpus.nlp.DateParser;
import dev.corpus.nlp.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Headline cleanup and recognition: site-name suffixes, section labels, headline-shaped lines. */
final class Headlines {
    static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|/)\\s+|\\s*[|｜]\\s*");
    /** The marks of {@link #SEPARATOR}: one of them is in each of its matches. */
    private static final String SEPARATOR_MARKS = "|-–—:·•»/｜";

    private static final int MAX_WORDS = 30;
    /** One separator mark at the end or the start of a title part (compiled once: asked of every title). */
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("(?:\\||-|–|—|::|·|•|»|/|:)$");

    private static final Pattern SEPARATOR_AT_START = Pattern.compile("^(?:\\||-|–|—|::|·|•|»|/|:)");
    /** A domain name: "www.dw.com", "ndr.de". Compiled once: authors and title parts are tested on every page. */
    private static final Pattern DOMAIN =
            Pattern.compile("(?:www\\.)?[\\p{L}\\d-]{1,63}(?:\\.[\\p{L}\\d-]{1,63}){0,3}\\.\\p{L}{2,6}");
    /** A top-level domain at the end of a site's name. */
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\.[a-z]{2,6}$");
    /** A headline's length at most, in chars. */
    static final int MAX_HEADLINE_LENGTH = 300;
    /** What ends a kicker written before a headline: a colon or a spaced dash. */
    private static final Pattern KICKER_END = Pattern.compile(":\\s|\\s[-–—]\\s");
    /** A site name after the last separator of a title tag is a few words long. */
    private static final int MAX_SUFFIX_WORDS = 4;
    /** A site's name the h1 confirms may be longer: "Die Neue Südtiroler Tageszeitung". */
    private static final int MAX_SITE_WORDS = 6;
    /** A part of a site name that may stand for it ("DW" in "DW.COM"); shorter keys match too often. */
    private static final int MIN_SITE_KEY = 2;

    /** "MDR" of "MDR Thüringen": a prefix must be this long to stand for the site. */
    private static final int MIN_PREFIX_KEY = 3;

    private Headlines() {}

    /**
     * Removes a site name from a page title: "Cuba and Korea | The Daily" gives "Cuba and Korea". Only parts
     * that look like the site are cut: a known site name or publisher, a domain, a date; "Fire in a Factory –
     * Heavy Smoke" keeps its second half.
     */
    static String withoutSiteName(String title, List<String> siteNames) {
        return withoutSiteName(title, siteNames, false);
    }

    /**
     * As {@link #withoutSiteName(String, List)}; with {@code titleTag}, also a short last part of unknown
     * meaning, since a title tag nearly always ends with the site's name.
     */
    static String withoutSiteName(String title, List<String> siteNames, boolean titleTag) {
        String t = title.strip();
        // t stays the same until a name is cut: its lower case is made once, when a name is first compared
        String lt = null;
        for (String site : siteNames) {
            String s = site.strip();
            if (!s.isEmpty() && t.length() > s.length() + 3) {
                if (lt == null) {
                    lt = t.toLowerCase(Locale.ROOT);
                }
                String ls = s.toLowerCase(Locale.ROOT);
                if (lt.endsWith(ls)) {
                    String cut = stripSeparatorAtEnd(t.substring(0, t.length() - s.length()));
                    if (!cut.equals(t.substring(0, t.length() - s.length()).strip())) {
                        t = cut;
                        break;
                    }
                }
                if (lt.startsWith(ls)) {
                    String cut = stripSeparatorAtStart(t.substring(s.length()));
                    if (!cut.equals(t.substring(s.length()).strip())) {
                        t = cut;
                        break;
                    }
                }
            }
        }
        boolean cut = !t.equals(title.strip());
        List<String> parts = split(t);
        int before = parts.size();
        // Cut site-like parts from the end ("Title | DW | 28.04.2023"), then from the start ("Site: Title").
        while (parts.size() > 1 && isSiteLike(parts.get(parts.size() - 1), siteNames)) {
            parts.remove(parts.size() - 1);
        }
        while (parts.size() > 1 && isSiteLike(parts.get(0), siteNames)) {
            parts.remove(0);
        }
        cut |= parts.size() < before;
        if (titleTag && !cut && parts.size() > 1) {
            String tail = parts.get(parts.size() - 1);
            String head = join(parts.subList(0, parts.size() - 1), t);
            if (Words.count(tail) <= MAX_SUFFIX_WORDS && Words.count(head) >= 3) {
                parts.remove(parts.size() - 1);
            }
        }
        return join(parts, t);
    }

    /**
     * The shorter headline another source gives when {@code title} is that headline plus a short part after
     * a separator ("Dax falls | Börse Daily" where the h1 or the title tag says "Dax falls"): the other source
     * shows where the site's name begins.
     */
    static String withSuffixCut(String title, List<String> others) {
        for (String other : others) {
            String head = other.strip();
            if (head.isEmpty()
                    || title.length() <= head.length()
                    || !title.regionMatches(true, 0, head, 0, head.length())) {
                continue;
            }
            String rest = title.substring(head.length());
            if (SEPARATOR.matcher(rest).lookingAt() && Words.count(rest) <= MAX_SITE_WORDS) {
                return title.substring(0, head.length());
            }
        }
        return title;
    }

    /**
     * The headline among the markup's cleaned titles (in order of trust, JSON-LD first). The first is taken
     * unless the others show it is the search-engine variant of the visible headline: the page's one JSON-LD
     * headline is what the title tag says while og:title repeats the h1. Title tag and JSON-LD are written for
     * search engines, og:title and the h1 for readers; the readers' words are the headline. (Two JSON-LD
     * headlines, one of them the h1's, say nothing: the publisher's truth goes either way.)
     */
    static @Nullable Evidence markupHeadline(List<Evidence> titles) {
        return markupHeadline(titles, "");
    }

    /**
     * As {@link #markupHeadline(List)}, on a page whose visible heading is split into {@code kicker} and a
     * headline (the "heading" title). A markup title with the heading's words is the headline readers see; one
     * that puts the visible kicker before them is the site's way of writing the headline, and the usual order of
     * trust decides; one that puts another kicker before them ("Attack on the port: Ferry service suspended"
     * over the visible "Storm damage" and "Ferry service suspended") gives the visible headline alone.
     */
    static @Nullable Evidence markupHeadline(List<Evidence> titles, String kicker) {
        Evidence heading = bySource(titles, "heading");
        List<Evidence> markup =
                titles.stream().filter(t -> !t.source().equals("heading")).toList();
        if (heading != null && !kicker.isBlank()) {
            String visible = key(heading.value());
            String withKicker = key(kicker + " " + heading.value());
            for (Evidence t : markup) {
                if (key(t.value()).equals(visible)) {
                    return t;
                }
            }
            // The h1 is the visible heading itself (or a breadcrumb repeating it): only metadata tells.
            List<Evidence> stated =
                    markup.stream().filter(t -> !t.source().equals("h1")).toList();
            boolean kickerInMarkup =
                    stated.stream().anyMatch(t -> key(t.value()).equals(withKicker));
            boolean otherKicker = stated.stream().anyMatch(t -> afterKicker(t.value(), heading.value()));
            if (!kickerInMarkup && otherKicker) {
                return heading;
            }
        }
        if (markup.isEmpty()) {
            return heading;
        }
        Evidence first = markup.get(0);
        titles = markup;
        Evidence h1 = bySource(titles, "h1");
        Evidence og = bySource(titles, "meta:og:title");
        Evidence tag = bySource(titles, "title");
        long ldHeadlines = titles.stream()
                .filter(t -> t.source().equals("json-ld"))
                .map(t -> key(t.value()))
                .distinct()
                .count();
        if (first.source().equals("json-ld")
                && ldHeadlines == 1
                && h1 != null
                && og != null
                && tag != null
                && !same(first.value(), h1.value())
                && same(og.value(), h1.value())
                && same(tag.value(), first.value())) {
            return og;
        }
        return first;
    }

    /** Whether {@code title} is {@code headline} after a kicker and a colon or dash ("Kicker: Headline"). */
    static boolean afterKicker(String title, String headline) {
        String t = key(title);
        String h = key(headline);
        if (!t.endsWith(" " + h)) {
            return false;
        }
        // The words before the headline's, in the original: where they end, a separator must stand.
        String head = t.substring(0, t.length() - h.length()).strip();
        int words = Words.count(head);
        var m = KICKER_END.matcher(title);
        while (m.find()) {
            if (Words.count(title.substring(0, m.start())) == words) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Evidence bySource(List<Evidence> titles, String source) {
        for (Evidence t : titles) {
            if (t.source().equals(source)) {
                return t;
            }
        }
        return null;
    }

    /** The title split at its separators, keeping each separator with the part before it for re-joining. */
    private static List<String> split(String t) {
        List<String> parts = new ArrayList<>();
        if (!maySeparate(t)) {
            parts.add(t); // no separator's mark: the regex need not run
            return parts;
        }
        var m = SEPARATOR.matcher(t);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(t.substring(from, m.start()));
            }
            from = m.end();
        }
        parts.add(t.substring(from));
        return parts;
    }

    /** Whether {@code t} holds a mark that every {@link #SEPARATOR} match holds. */
    static boolean maySeparate(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (SEPARATOR_MARKS.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The original text from the first part's start to the last part's end. */
    private static String join(List<String> parts, String original) {
        if (parts.isEmpty()) {
            return "";
        }
        int start = original.indexOf(parts.get(0));
        int end = original.lastIndexOf(parts.get(parts.size() - 1))
                + parts.get(parts.size() - 1).length();
        return start < 0 || end < start
                ? String.join(" ", parts).strip()
                : original.substring(start, end).strip();
    }

    /** A site name (or part of one, like "DW" of "DW.COM"), a domain, or a date. */
    static boolean isSiteLike(String part, List<String> siteNames) {
        String p = part.strip();
        if (p.isEmpty()) {
            return true;
        }
        Integer at = DateParser.find(p).map(m -> m.end() - m.start()).orElse(0);
        if (at >= p.length() - 1) {
            return true;
        }
        if (!p.contains(" ") && DOMAIN.matcher(p).matches()) {
            return true;
        }
        String key = siteKey(p);
        if (key.length() < MIN_SITE_KEY) {
            return false;
        }
        for (String site : siteNames) {
            String s = siteKey(site);
            boolean longEnough = Math.min(s.length(), key.length()) >= MIN_PREFIX_KEY;
            if (s.length() >= MIN_SITE_KEY
                    && (s.equals(key) || longEnough && (s.startsWith(key) || key.startsWith(s)))) {
                return true;
            }
        }
        return false;
    }

    /** A site or publisher name compared loosely: letters and digits, lower case, no "www." or top-level domain. */
    static String siteKey(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        s = TOP_LEVEL_DOMAIN.matcher(s).replaceFirst("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static String stripSeparatorAtEnd(String s) {
        return SEPARATOR_AT_END.matcher(s.strip()).replaceFirst("").strip();
    }

    private static String stripSeparatorAtStart(String s) {
        return SEPARATOR_AT_START.matcher(s.strip()).replaceFirst("").strip();
    }

    /** A line that could be a headline: a few words, not a sentence-final period, not a label in capitals. */
    static boolean looksLikeHeadline(String text) {
        return looksLikeHeadline(text, Words.of(text));
    }

    /** As {@link #looksLikeHeadline(String)}, given the text's {@link Words#of}. */
    static boolean looksLikeHeadline(String text, List<String> words) {
        return looksLikeHeadline(text, words.size(), length(words));
    }

    /**
     * As {@link #looksLikeHeadline(String)}, given how many words the text has ({@link Words#count}) and its
     * {@link #length}: a caller that has the words' bounds need not make them.
     */
    static boolean looksLikeHeadline(String text, int words, int length) {
        if (words < 2 || length > MAX_WORDS || text.length() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        if (isSectionLabel(text, words)) {
            return false;
        }
        String t = text.strip();
        return !(t.endsWith(".") && !t.endsWith("..."));
    }

    /**
     * A line's length in words, where two Chinese or Japanese characters count as one word (each is one in
     * {@link Words#of}): a headline in those scripts runs to 40 or 50 characters.
     */
    static int length(List<String> words) {
        int cjk = 0;
        for (String w : words) {
            if (w.length() == 1 && Words.isCjk(w.charAt(0))) {
                cjk++;
            }
        }
        return words.size() - cjk + (cjk + 1) / 2;
    }

    /** A dek (standfirst), a sentence or two under the headline, given how many words it has ({@link Words#count}). */
    static boolean looksLikeDek(int words) {
        return words >= 5 && words <= 70;
    }

    /** "HEADLINES", "TECH  PERSONAL TECHNOLOGY: REVIEW": short lines in capitals name a section. */
    static boolean isSectionLabel(String text, int words) {
        if (words > 6) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return letters > 0 && upper == letters;
    }

    /** Same headline, ignoring case, punctuation and spacing. */
    static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    static String key(String s) {
        return lowerCaseKey(s.toLowerCase(Locale.ROOT));
    }

    /** {@link #key} of a text already in lower case. */
    static String lowerCaseKey(String lower) {
        return String.join(" ", Words.of(lower));
    }
}
