package dev.corpus.nlp;

import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month names {@link DateParser} reads, from months.txt, and the forms a text writes them in: the regex the
 * date patterns match them with, and the quick tests that tell where one may start.
 */
final class MonthNames {
    private static final Map<String, Integer> NUMBERS = loadNumbers();
    /** Month names that are also everyday lower-case words. */
    private static final Set<String> LOWER_CASE_WORDS = Set.of("march", "august", "mars");
    /** Short names that French and Romanian write in lower case ("23 mai 2019") and that are no other word. */
    private static final Set<String> SHORT_LOWER_CASE = Set.of("mai");

    /** Every written form, sorted. */
    private static final List<String> FORMS = List.copyOf(collectForms());
    /** The letters a form starts with. */
    private static final String FIRST_LETTERS = collectFirstLetters();
    /** Bit {@code c} set for each char {@code c} of {@link #FIRST_LETTERS}. */
    private static final long[] FIRST_LETTER_BITS = bitsOf(FIRST_LETTERS);
    /** Every form by its {@link #head}: which names can start at a letter. */
    private static final HeadTable FORMS_BY_HEAD = new HeadTable(FORMS);

    private static final int LONGEST =
            FORMS.stream().mapToInt(String::length).max().orElse(0);
    private static final int SHORTEST =
            FORMS.stream().mapToInt(String::length).min().orElse(0);

    private MonthNames() {}

    /** 1..12 for a month name or abbreviation in any listed language, 0 if unknown. */
    static int number(String name) {
        return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * Whether a month form may start with {@code c}. Asked of most letters close before a digit: a bit look-up,
     * where {@code FIRST_LETTERS.indexOf} read the whole string, two bytes a char as it holds non-Latin letters.
     */
    static boolean isFirstLetter(char c) {
        return (FIRST_LETTER_BITS[c >>> 6] & 1L << c) != 0;
    }

    /** The month forms that begin with {@code first} then {@code second}, in sorted order (to read, not change). */
    static String[] withHead(char first, char second) {
        return FORMS_BY_HEAD.get(head(first, second));
    }

    /** Every form a text may write a month in, sorted. */
    static List<String> forms() {
        return FORMS;
    }

    /** The length of the longest form. */
    static int longest() {
        return LONGEST;
    }

    /** The length of the shortest form. */
    static int shortest() {
        return SHORTEST;
    }

    /**
     * The regex matching every form. Written as a trie ("(?:J(?:an(?:uary)?|...)") rather than a list of
     * names: the regex engine then tests one letter per branch at each position instead of every name, and
     * date search was most of the pipeline's time. Every name that matches at a position is a prefix of the
     * same text, so greedy optional endings still try the longest name first ("September" before "Sep"), as
     * the list sorted by length did.
     */
    static String alternation() {
        StringBuilder first = new StringBuilder();
        FIRST_LETTERS.chars().forEach(c -> first.append(escape((char) c)));
        // the lookahead rejects most positions with one class test before the trie is tried
        return "(?=[" + first + "])" + trie(FORMS, 0);
    }

    /**
     * Capitalized and upper-case forms; lower case too (French, Spanish, Italian write months so) unless the
     * name is also a common English word or is short (a few short ones, "mai", are kept).
     */
    private static TreeSet<String> collectForms() {
        TreeSet<String> names = new TreeSet<>();
        for (String name : NUMBERS.keySet()) {
            names.add(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
            names.add(name.toUpperCase(Locale.ROOT));
            if (name.length() >= 4 && !LOWER_CASE_WORDS.contains(name) || SHORT_LOWER_CASE.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String collectFirstLetters() {
        StringBuilder first = new StringBuilder();
        FORMS.stream().map(n -> n.charAt(0)).distinct().forEach(first::append);
        return first.toString();
    }

    private static long[] bitsOf(String chars) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        chars.chars().forEach(c -> bits[c >>> 6] |= 1L << c);
        return bits;
    }

    /** The first two chars of a form as one key (never 0: no form starts with NUL). */
    private static int head(char first, char second) {
        return first << 16 | second;
    }

    /**
     * The forms by their {@link #head}, in an open-addressed table of int keys: asked for most letters a month
     * may start with close before a digit, where a map boxed each key and compared it by equals.
     */
    private static final class HeadTable {
        private static final String[] NONE = {};
        private static final int GOLDEN = 0x9E3779B9;

        private final int[] keys;
        private final String[][] forms;

        HeadTable(List<String> sorted) {
            Map<Integer, List<String>> byHead = new HashMap<>();
            for (String form : sorted) {
                if (form.length() >= 2) {
                    byHead.computeIfAbsent(head(form.charAt(0), form.charAt(1)), h -> new ArrayList<>())
                            .add(form);
                }
            }
            int size = Integer.highestOneBit(Math.max(1, byHead.size() * 4) - 1) << 1; // a quarter full at most
            keys = new int[size];
            forms = new String[size][];
            byHead.forEach((h, list) -> {
                int i = slot(h);
                while (keys[i] != 0) {
                    i = (i + 1) & (size - 1);
                }
                keys[i] = h;
                forms[i] = list.toArray(NONE);
            });
        }

        String[] get(int head) {
            for (int i = slot(head); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
                if (keys[i] == head) {
                    return forms[i];
                }
            }
            return NONE;
        }

        private int slot(int head) {
            return (head * GOLDEN >>> Integer.SIZE / 2) & (keys.length - 1);
        }
    }

    private static Map<String, Integer> loadNumbers() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : Resources.lines("/dev/corpus/nlp/months.txt")) {
            String[] parts = line.split("\\s+");
            int number = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                months.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), number);
            }
        }
        return Map.copyOf(months);
    }

    /** The regex matching exactly {@code names} (sorted, sharing their first {@code depth} chars), longest first. */
    private static String trie(List<String> names, int depth) {
        boolean endsHere = false;
        List<String> branches = new ArrayList<>();
        int i = 0;
        while (i < names.size()) {
            if (names.get(i).length() == depth) {
                endsHere = true;
                i++;
                continue;
            }
            int j = branchEnd(names, i, depth);
            branches.add(escape(names.get(i).charAt(depth)) + trie(names.subList(i, j), depth + 1));
            i = j;
        }
        if (branches.isEmpty()) {
            return "";
        }
        String alternation =
                branches.size() == 1 && !endsHere ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        return endsHere ? "(?:" + alternation + ")?" : alternation;
    }

    /** Where the names from {@code from} on that share their char at {@code depth} end. */
    private static int branchEnd(List<String> names, int from, int depth) {
        char c = names.get(from).charAt(depth);
        int j = from;
        while (j < names.size() && names.get(j).length() > depth && names.get(j).charAt(depth) == c) {
            j++;
        }
        return j;
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
