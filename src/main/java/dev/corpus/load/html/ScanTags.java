package dev.corpus.load.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tag names {@link SourceScan} has rules for, each with the rules it is in as bits. A page has thousands
 * of tags: looking a name up here from the source chars, without cutting and lower-casing a string, and
 * testing a bit instead of a set per rule, made the scan about 8% cheaper (same-JVM A/B on 200 HTML pages).
 */
final class ScanTags {
    /** The parser may move the tag's content out of source order or drop it. */
    static final int UNMODELLED = 1;
    /** A table's structure, below the table. */
    static final int TABLE_PART = 1 << 1;
    /** A table part whose content the parser reads as ordinary content again. */
    static final int CELL = 1 << 2;
    /** An end tag the parser ignores in a table's structure. */
    static final int TABLE_IGNORED_END = 1 << 3;
    /** A start tag the head keeps: any other ends it. */
    static final int HEAD = 1 << 4;
    /** A start tag that, after the head is closed, still goes into the head (out of source order). */
    static final int AFTER_HEAD = 1 << 5;
    /** Its content is raw text (not script, which the scan checks on its own). */
    static final int RAW_TEXT = 1 << 6;
    /** Its content is RCDATA. */
    static final int RCDATA = 1 << 7;
    /**
     * In foreign (svg, math) content, a tag after which the scan no longer knows the tokenizer state: an HTML
     * tag that ends the foreign content, or script, whose content the parser reads as script there too.
     */
    static final int FOREIGN_BREAKOUT = 1 << 8;

    /** The name of every tag no rule names: no tag name is this, as a tag name starts with a letter. */
    static final String OTHER = "#other";

    private static final Map<String, Integer> RULES = rules();
    /** Names the scan compares with on their own, in no rule's set. */
    private static final List<String> NAMED =
            List.of("pre", "listing", "script", "noscript", "br", "svg", "math", "p", "table", "body", "html");

    // Open addressing on the lower-cased name's String hash: each slot a canonical name and its bits.
    private static final int SLOTS = 256;
    private static final String[] NAMES = new String[SLOTS];
    private static final int[] ROLES = new int[SLOTS];

    static {
        Map<String, Integer> all = new HashMap<>(RULES);
        NAMED.forEach(name -> all.putIfAbsent(name, 0));
        all.forEach((name, roles) -> {
            int slot = name.hashCode() & (SLOTS - 1);
            while (NAMES[slot] != null) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            NAMES[slot] = name;
            ROLES[slot] = roles;
        });
    }

    private ScanTags() {}

    private static Map<String, Integer> rules() {
        Map<String, Integer> rules = new HashMap<>();
        add(rules, UNMODELLED, "frameset", "frame", "plaintext");
        add(rules, TABLE_PART, "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th");
        add(rules, CELL, "td", "th", "caption");
        add(
                rules,
                TABLE_IGNORED_END,
                "body",
                "caption",
                "col",
                "colgroup",
                "html",
                "tbody",
                "td",
                "tfoot",
                "th",
                "thead",
                "tr");
        add(
                rules,
                HEAD,
                "html",
                "head",
                "base",
                "basefont",
                "bgsound",
                "link",
                "meta",
                "title",
                "noframes",
                "style",
                "noscript",
                "script",
                "template");
        add(rules, AFTER_HEAD, "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "title");
        add(rules, RAW_TEXT, "style", "xmp", "iframe", "noembed", "noframes");
        add(rules, RCDATA, "title", "textarea");
        add(
                rules,
                FOREIGN_BREAKOUT,
                "b",
                "big",
                "blockquote",
                "body",
                "br",
                "center",
                "code",
                "dd",
                "div",
                "dl",
                "dt",
                "em",
                "embed",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "head",
                "hr",
                "i",
                "img",
                "li",
                "listing",
                "menu",
                "meta",
                "nobr",
                "ol",
                "p",
                "pre",
                "ruby",
                "s",
                "small",
                "span",
                "strike",
                "strong",
                "sub",
                "sup",
                "table",
                "tt",
                "u",
                "ul",
                "var",
                "font",
                "script",
                "caption",
                "colgroup",
                "col",
                "tbody",
                "thead",
                "tfoot",
                "tr",
                "td",
                "th");
        return rules;
    }

    private static void add(Map<String, Integer> rules, int role, String... names) {
        for (String name : names) {
            rules.merge(name, role, (a, b) -> a | b);
        }
    }

    /**
     * The tag name source[from, to) lower-cased as jsoup does it ({@link Locale#ENGLISH}): the canonical string
     * of a name the scan knows, else {@link #OTHER}.
     */
    static String name(String source, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c >= 128) {
                // Unicode lower-casing may turn a non-ASCII char into an ASCII one (KELVIN SIGN to 'k')
                return known(source.substring(from, to).toLowerCase(Locale.ENGLISH));
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        for (int slot = h & (SLOTS - 1); NAMES[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (equalsLowered(NAMES[slot], source, from, to)) {
                return NAMES[slot];
            }
        }
        return OTHER;
    }

    /** The canonical string of a lower-cased name the scan knows, else {@link #OTHER}: the plain lookup. */
    static String known(String lowered) {
        for (int slot = lowered.hashCode() & (SLOTS - 1); NAMES[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (NAMES[slot].equals(lowered)) {
                return NAMES[slot];
            }
        }
        return OTHER;
    }

    /** The rules a lower-cased name is in, as bits; 0 for {@link #OTHER} and any name the scan does not know. */
    static int roles(String name) {
        if (name == OTHER) {
            return 0; // most tags of a page (div, span, a, ...): no probe chain to its end
        }
        for (int slot = name.hashCode() & (SLOTS - 1); NAMES[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (NAMES[slot].equals(name)) {
                return ROLES[slot];
            }
        }
        return 0;
    }

    /** The names the scan knows: for tests. */
    static Set<String> knownNames() {
        Set<String> names = new HashSet<>();
        for (String name : NAMES) {
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether source[from, to), ASCII only, lower-cased is {@code name}. */
    private static boolean equalsLowered(String name, String source, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = source.charAt(from + i);
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
