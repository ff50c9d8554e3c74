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
    private static final List<String> FORMS = List.copyOf(forms());
    /** The letters a form starts with. */
    private static final String FIRST_LETTERS = collectFirstLetters();
    /** Every form by its {@link #head}: which names can start at a letter. */
    private static final Map<Integer, List<String>> FORMS_BY_HEAD = formsByHead();

    private static final int LONGEST =
            FORMS.stream().mapToInt(String::length).max().orElse(0);

    private MonthNames() {}

    /** 1..12 for a month name or abbreviation in any listed language, 0 if unknown. */
    static int number(String name) {
        return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** The letters a month form starts with. */
    static String firstLetters() {
        return FIRST_LETTERS;
    }

    /** The month forms that begin with {@code first} then {@code second}. */
    static List<String> withHead(char first, char second) {
        return FORMS_BY_HEAD.getOrDefault(head(first, second), List.of());
    }

    /** The length of the longest form. */
    static int longest() {
        return LONGEST;
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
    private static TreeSet<String> forms() {
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

    private static Map<Integer, List<String>> formsByHead() {
        Map<Integer, List<String>> byHead = new HashMap<>();
        for (String form : FORMS) {
            if (form.length() >= 2) {
                byHead.computeIfAbsent(head(form.charAt(0), form.charAt(1)), h -> new ArrayList<>())
                        .add(form);
            }
        }
        Map<Integer, List<String>> frozen = new HashMap<>();
        byHead.forEach((h, forms) -> frozen.put(h, List.copyOf(forms)));
        return Map.copyOf(frozen);
    }

    private static int head(char first, char second) {
        return first << 16 | second;
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
