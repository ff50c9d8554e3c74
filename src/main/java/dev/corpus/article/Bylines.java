package dev.corpus.article;

import dev.corpus.nlp.DateParser;
import dev.corpus.nlp.Words;
import dev.corpus.util.Resources;
import dev.corpus.util.Split;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads bylines: "By Xu Mouquan Updated Nov.10" gives authors ["Xu Mouquan"] and the date "Updated Nov.10";
 * "Daniel Kim Views" gives ["Daniel Kim"]. Only parts shaped like a person's name become authors.
 */
public final class Bylines {
    private static final Pattern TRAILING_STOPS = Pattern.compile("[,;:.]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;:]+$");
    /** Digits and the marks between them in a counter ("1,234", "12:30", "|"). */
    private static final String COUNTER_CHARS = "0123456789.,:|";

    private static final char ASCII_END = 0x80;

    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
    private static final Map<String, Set<String>> WORDS = load();
    /** Longest first, so "written by" is tried before "by". */
    private static final List<String> MARKERS = section("markers").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .toList();

    private static final int LONGEST_MARKER =
            MARKERS.stream().mapToInt(String::length).max().orElse(0);

    /** The chars the markers start with. */
    private static final String MARKER_FIRST =
            MARKERS.stream().map(m -> m.substring(0, 1)).distinct().collect(Collectors.joining());

    private static final Set<String> UPDATED = section("updated");
    private static final Set<String> PUBLISHED = section("published");
    private static final Set<String> COUNTERS = section("counters");
    private static final Set<String> PUBLICATION_NOTE = section("publication note");
    private static final Set<String> UPDATE_NOTE = section("update note");
    private static final Set<String> NOT_NAME = section("not a name");
    private static final Set<String> JOB_AFTER_NAME = section("job after a name");
    /** "chuck-ross": a profile's address slug, not a name as written. */
    private static final Pattern SLUG = Pattern.compile("[\\p{Ll}\\d]+(?:-[\\p{Ll}\\d]+)+");

    /** Lower-case words inside a person's name ("von der Leyen"). */
    private static final Set<String> PARTICLES = section("name particles");

    private static final Pattern EMAIL = Pattern.compile("\\S{1,64}@\\S{1,255}");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S{1,2000}");
    private static final Pattern HANDLE = Pattern.compile("(?<!\\w)@\\w{1,50}");
    private static final Pattern CUT = Pattern.compile("\\s(?:\\||•|·|—|–|-)\\s|\\(|\\)|\\[|\\]|\\n");
    /** The chars that part names in a byline ("Ann Lee, Bo Wu / dpa"). */
    private static final String SEPARATORS = ",;/&";
    /** The words that join names in a byline, written in lower case. */
    private static final List<String> CONJUNCTIONS =
            section("conjunctions").stream().sorted().toList();

    private static final int LONGEST_CONJUNCTION =
            CONJUNCTIONS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:" + String.join("|", SEPARATORS.split(""))
            + CONJUNCTIONS.stream().map(w -> "|\\b" + w + "\\b").collect(Collectors.joining())
            + ")\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]{0,200}\\)|\\[[^\\[\\]]{0,200}]");
    /** Punctuation around a markup name, but for an initial's dot, an apostrophe or a closing parenthesis. */
    private static final Pattern NAME_EDGES = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}&&[^.'’)]]+$");
    /** A markup value part longer than this is a description ("professor at ..."), not a name. */
    private static final int MAX_MARKUP_NAME_WORDS = 5;

    private static final Pattern TIME = Pattern.compile(
            "^[,\\s]{0,3}(?:at\\s|um\\s|à\\s)?\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:[A-Z]{2,4}|Uhr|h))?");
    /** A byline's length at most, in chars: {@link #parse} reads no longer line. */
    static final int MAX_LENGTH = 300;
    /** A line of bare names is short: two or three names with counters at most. */
    private static final int MAX_BARE_WORDS = 10;

    private Bylines() {}

    /** Authors and date read from one byline. */
    public record Byline(List<String> authors, @Nullable ArticleDate date, boolean marked) {}

    /**
     * Reads {@code text} as a byline. With {@code requireMarker}, the line must start with "By" (or its
     * equivalent) or carry a date; otherwise a line of bare names is accepted too.
     */
    public static Optional<Byline> parse(String text, boolean requireMarker) {
        return parse(text, requireMarker, true);
    }

    /**
     * {@link #parse} of a text without a marker, known to hold no date: {@code parse(text, true)} was empty, which
     * it only is for a text that {@code parse} reads no date in (or none at all). The date search is the costly
     * part of reading a header line, and need not run twice.
     */
    static Optional<Byline> parseUndated(String text) {
        return parse(text, false, false);
    }

    private static Optional<Byline> parse(String text, boolean requireMarker, boolean mayHoldDate) {
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String rest = text.strip();
        ArticleDate date = null;
        Optional<DateParser.Match> dm = mayHoldDate ? DateParser.find(rest) : Optional.empty();
        if (dm.isPresent()) {
            DateParser.Match m = dm.get();
            int from = kindWordStart(rest, m.start());
            String kindWord = rest.substring(from, m.start()).strip().toLowerCase(Locale.ROOT);
            int to = m.end();
            var time = TIME.matcher(rest.substring(to));
            if (time.find()) {
                to += time.end();
            }
            String kind = UPDATED.contains(stripColon(kindWord)) ? "updated" : "published";
            date = new ArticleDate(rest.substring(from, to).strip(), m.iso(), kind);
            rest = (rest.substring(0, from) + " " + rest.substring(to)).strip();
        }
        int marker = markerLength(rest);
        boolean marked = marker > 0;
        if (marked) {
            rest = rest.substring(marker + 1).strip();
        }
        if (requireMarker && !marked && date == null) {
            return Optional.empty();
        }
        List<String> authors = marked || date != null ? authors(rest) : onlyNames(rest);
        if (authors.isEmpty() && date == null) {
            return Optional.empty();
        }
        return Optional.of(new Byline(authors, date, marked));
    }

    /**
     * The length of the marker ("By", "Written by") {@code text} opens with, in any case, followed by a space or
     * a colon; 0 when it opens with none.
     */
    static int markerLength(String text) {
        if (!mayOpenWithMarker(text)) {
            return 0;
        }
        // a line whose opening is ASCII, as most are, is compared as it is: its lower case need not be made
        String lower = asciiOpening(text) ? null : text.toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if ((lower != null ? lower.startsWith(marker) : opensWithLowered(text, marker))
                    && text.length() > marker.length()
                    && (text.charAt(marker.length()) == ' ' || text.charAt(marker.length()) == ':')) {
                return marker.length();
            }
        }
        return 0;
    }

    /**
     * Whether the chars of {@code text} that a marker can cover are ASCII: each lower-cases to one char in its
     * place, so that the text's lower case opens with a marker exactly when {@link #opensWithLowered} says so.
     */
    private static boolean asciiOpening(String text) {
        int n = Math.min(text.length(), LONGEST_MARKER);
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= ASCII_END) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ASCII opening of {@code text}, lower-cased, is {@code marker}. */
    private static boolean opensWithLowered(String text, String marker) {
        if (text.length() < marker.length()) {
            return false;
        }
        for (int i = 0; i < marker.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} may start with a marker, told from its first char: most lines do not, and their lower
     * case need not be made. An ASCII char lower-cases to one char; any other may turn into an ASCII letter.
     */
    private static boolean mayOpenWithMarker(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c >= ASCII_END || MARKER_FIRST.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) >= 0;
    }

    /**
     * Author names in a value the markup states as the author (meta author, JSON-LD): the markup names the
     * author outright, so names are kept as written, in any script and case, agencies included ("dpa");
     * only what cannot be a name is dropped: "By", e-mail addresses, URLs, handles, initials in parentheses,
     * dates, counters and descriptions.
     */
    public static List<String> fromMarkup(String value) {
        String rest = EMAIL.matcher(value).replaceAll(" ");
        rest = URL.matcher(rest).replaceAll(" ");
        rest = HANDLE.matcher(rest).replaceAll(" ");
        rest = PARENTHESES.matcher(rest).replaceAll(" ").strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (lower.startsWith(marker + " ") || lower.startsWith(marker + ":")) {
                rest = rest.substring(marker.length() + 1).strip();
                break;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : SPLIT.split(rest)) {
            String name = withoutJobTitle(
                    NAME_EDGES.matcher(part.strip()).replaceAll("").strip());
            List<String> words = Words.of(name);
            if (words.isEmpty()
                    || words.size() > MAX_MARKUP_NAME_WORDS
                    || DateParser.find(name).isPresent()
                    || SLUG.matcher(name).matches()
                    || words.stream().allMatch(Bylines::isCounter)) {
                continue;
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** "신현주 기자" gives "신현주": a job title some languages write after the name. */
    private static String withoutJobTitle(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && JOB_AFTER_NAME.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return name.substring(0, space).strip();
        }
        return name;
    }

    /** Author names in a byline's name part (no "By"): split, cleaned, and only the name-shaped kept. */
    public static List<String> authors(String text) {
        String rest = EMAIL.matcher(text).replaceAll(" ");
        rest = URL.matcher(rest).replaceAll(" ");
        rest = HANDLE.matcher(rest).replaceAll(" ");
        var cut = CUT.matcher(rest);
        if (cut.find()) {
            rest = rest.substring(0, cut.start());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : split(rest)) {
            String name = cleanName(part);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Authors of a line with no "By" and no date, which is a byline only if every part of it is a name
     * ("Daniel Kim Views"), never a headline that starts with one ("North Korea, Cuba Open ...").
     */
    private static List<String> onlyNames(String text) {
        // every name starts with a capital: a line that does not is done before it is split
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return List.of();
        }
        // A line in capitals is a section label ("TECH  PERSONAL TECHNOLOGY: REVIEW"), not a byline.
        if (Words.count(text) > MAX_BARE_WORDS
                || text.indexOf('@') >= 0 && EMAIL.matcher(text).find()
                || isAllCaps(text)) {
            return List.of();
        }
        String stripped = text.strip();
        if (!maySplit(stripped)) {
            String name = cleanName(stripped);
            return name == null ? List.of() : List.of(name);
        }
        // a line whose first part is no name is none, told before the regex splits the rest of it
        var separator = SPLIT.matcher(stripped);
        if (separator.find() && cleanName(stripped.substring(0, separator.start())) == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(stripped)) {
            String name = cleanName(part);
            if (name == null) {
                return List.of();
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /**
     * {@code SPLIT.split(text)}; a text without a separator char and without a conjunction standing as a word
     * of its own, which most lines are, is its one part without running the regex.
     */
    static String[] split(String text) {
        return maySplit(text) ? SPLIT.split(text) : new String[] {text};
    }

    /**
     * Whether {@link #SPLIT} may match in {@code text}: a separator char, or a conjunction between chars that
     * are no word chars of {@code \\b} (which are letters, digits and '_', or marks after one: a run that
     * stops at a mark is taken for a word here too, which only makes the regex run).
     */
    private static boolean maySplit(String text) {
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '_' || Character.isLetterOrDigit(c)) {
                run++;
                continue;
            }
            if (SEPARATORS.indexOf(c) >= 0
                    || run > 0 && run <= LONGEST_CONJUNCTION && isConjunction(text, i - run, i)) {
                return true;
            }
            run = 0;
        }
        return false;
    }

    private static boolean isConjunction(String text, int start, int end) {
        for (String w : CONJUNCTIONS) {
            if (w.length() == end - start && text.startsWith(w, start)) {
                return true;
            }
        }
        return false;
    }

    /** The part as a person's name, or null when it is not shaped like one. */
    private static @Nullable String cleanName(String part) {
        List<String> words = new ArrayList<>(Split.onWhitespace(part.strip()));
        if (words.size() < 2) {
            return null; // a name has two words at least, and dropping counters leaves no more: one-word parts
        }
        // Counters after a name on copied pages ("Daniel Kim Views", "Jane Roe 12 Comments").
        while (!words.isEmpty() && isCounter(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() >= 2 && isCounter(words.get(words.size() - 2) + " " + words.get(words.size() - 1))) {
            words.subList(words.size() - 2, words.size()).clear();
        }
        if (words.size() < 2 || words.size() > 5) {
            return null;
        }
        int particles = 0;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = withoutTrailing(words.get(i), TRAILING_STOPS, ",;:.");
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || NOT_NAME.contains(lw) && !(i > 0 && PARTICLES.contains(w))) {
                return null;
            }
            // Particles are written in lower case ("von der Leyen"); "E." is an initial, not "e".
            if (i > 0 && i < words.size() - 1 && PARTICLES.contains(w)) {
                particles++;
                out.add(w);
                continue;
            }
            if (!isNameWord(words.get(i))) {
                return null;
            }
            out.add(
                    isAllCaps(w) && w.length() > 2
                            ? titleCase(w)
                            : withoutTrailing(words.get(i), TRAILING_COMMAS, ",;:"));
        }
        if (particles > 2) {
            return null;
        }
        return String.join(" ", out);
    }

    /**
     * {@code trailing}'s matches removed from the word ({@code trailing} being a run of {@code chars} at the
     * end); the regex runs only for a word that ends in one of them or in a line terminator, which {@code $}
     * may match before.
     */
    static String withoutTrailing(String word, Pattern trailing, String chars) {
        if (word.isEmpty()) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        boolean terminator = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
        return chars.indexOf(last) >= 0 || terminator ? trailing.matcher(word).replaceAll("") : word;
    }

    private static boolean isCounter(String word) {
        String w = withoutCounterChars(word.toLowerCase(Locale.ROOT)).strip();
        return w.isEmpty() || COUNTERS.contains(w);
    }

    /** {@code text} without its {@link #COUNTER_CHARS}; most words have none, and are not copied. */
    static String withoutCounterChars(String text) {
        int first = 0;
        while (first < text.length() && COUNTER_CHARS.indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder rest = new StringBuilder(text.length());
        rest.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (COUNTER_CHARS.indexOf(c) < 0) {
                rest.append(c);
            }
        }
        return rest.toString();
    }

    /** A capitalized word, an initial ("E."), or a hyphenated/apostrophe name; no digits. */
    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return Words.count(w) == 1 || DOTTED_INITIALS.matcher(w).matches();
    }

    private static boolean isAllCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }

    private static String titleCase(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /**
     * The kind of date a sentence tells ("This entry was posted on May 3, 2011 by Ann" is "published", "This
     * page was last edited on ..." is "updated"), by its verb; null for any other sentence.
     */
    static @Nullable String noteKind(String text) {
        List<String> words = Words.of(text.toLowerCase(Locale.ROOT));
        if (words.stream().anyMatch(PUBLICATION_NOTE::contains)) {
            return "published";
        }
        return words.stream().anyMatch(UPDATE_NOTE::contains) ? "updated" : null;
    }

    /**
     * Where a kind word ("Updated", "Published on") right before the date starts, or the date's start. The
     * longest kind word wins ("Last updated", not "updated"): the sets' iteration order changes from run to
     * run, so the first match would make the output differ between runs.
     */
    private static int kindWordStart(String text, int dateStart) {
        String before = text.substring(0, dateStart).toLowerCase(Locale.ROOT);
        String trimmed = stripColon(before.stripTrailing());
        int longest = 0;
        for (Set<String> kinds : List.of(UPDATED, PUBLISHED)) {
            for (String k : kinds) {
                if (k.length() > longest
                        && trimmed.endsWith(k)
                        && (trimmed.length() == k.length()
                                || !Character.isLetter(trimmed.charAt(trimmed.length() - k.length() - 1)))) {
                    longest = k.length();
                }
            }
        }
        return longest > 0 ? trimmed.length() - longest : dateStart;
    }

    private static String stripColon(String s) {
        String t = s.strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** The words of a byline.txt section; a missing one fails loudly at start instead of as a null later. */
    private static Set<String> section(String name) {
        Set<String> words = WORDS.get(name);
        if (words == null) {
            throw new IllegalStateException("/dev/corpus/article/byline.txt: no section [" + name + "]");
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> words = new HashMap<>();
        Resources.sections("/dev/corpus/article/byline.txt")
                .forEach((section, lines) -> words.put(
                        section,
                        lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
        return Map.copyOf(words);
    }
}
