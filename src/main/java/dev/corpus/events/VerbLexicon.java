package dev.corpus.events;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.WordBits;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Event words and their CAMEO codes: the verb blocks and plain-word patterns derived from CAMEO.2.0.txt
 * (scripts/build-cameo-lexicon.py) plus hand-written nouns and phrases (events-extra.txt).
 */
final class VerbLexicon {
    static final VerbLexicon DEFAULT = new VerbLexicon(List.of("cameo-verbs.txt", "events-extra.txt"));

    /** How far after the verb a pattern's words may lie, and the largest gap between two of them. */
    private static final int WINDOW = 7;

    private static final int GAP = 2;

    /** One verb form with the code it carries alone ("---": none) and its block's patterns. */
    private record Entry(String[] words, String code, Patterns patterns, int order) {}

    private record Pattern(String code, String[] words) {}

    /**
     * A block's patterns, in file order, and where each first word leads: a verb such as "set" has over a
     * thousand patterns, and trying each one at every occurrence was most of the events stage's time.
     */
    private static final class Patterns {
        final List<Pattern> list = new ArrayList<>();
        private final Map<String, List<Integer>> byFirstWord = new HashMap<>();

        void add(Pattern p) {
            byFirstWord.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(list.size());
            list.add(p);
        }

        /** The patterns whose first word is {@code word}, in file order (empty if none). */
        List<Integer> startingWith(String word) {
            return byFirstWord.getOrDefault(word, List.of());
        }
    }

    /**
     * A lexicon hit: the code, how many tokens the verb form covers, whether a pattern after it chose the code
     * (rather than the form alone), and how many tokens the form and that pattern's words reach over.
     */
    record Hit(String code, int length, boolean pattern, int reach) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** The keys of {@link #byFirstWord}, for {@link #starts}. */
    private final WordBits firstWordBits;

    private VerbLexicon(List<String> files) {
        int order = 0;
        for (String file : files) {
            List<Entry> block = new ArrayList<>();
            Patterns patterns = new Patterns();
            boolean inPatterns = false;
            for (String line : Resources.lines("/dev/corpus/events/" + file)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                if (f[0].equals("B")) {
                    if (inPatterns) {
                        block = new ArrayList<>();
                        patterns = new Patterns();
                        inPatterns = false;
                    }
                    for (String form : f[2].split("\\|")) {
                        Entry e = new Entry(form.split(" "), f[1], patterns, order++);
                        block.add(e);
                        byFirstWord
                                .computeIfAbsent(e.words()[0], k -> new ArrayList<>())
                                .add(e);
                    }
                } else if (f[0].equals("P")) {
                    inPatterns = true;
                    patterns.add(new Pattern(f[1], f[2].split(" ")));
                }
            }
        }
        firstWordBits = new WordBits(byFirstWord.keySet());
    }

    /**
     * The verb forms that start at each token of a block, looked up once a token: a sentence is read only if
     * one of its tokens starts any, and then each of its tokens may be matched more than once.
     */
    static final class Starts {
        private final List<@Nullable List<Entry>> at;

        private Starts(List<@Nullable List<Entry>> at) {
            this.at = at;
        }

        /** Whether any token of {@code [from, to)} starts a verb form: else {@link #match} finds nothing there. */
        boolean any(int from, int to) {
            for (int i = from; i < to; i++) {
                if (at.get(i) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    Starts starts(List<Token> tokens) {
        List<@Nullable List<Entry>> at = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String w = lower(t);
            at.add(firstWordBits.mayContain(w) ? byFirstWord.get(w) : null);
        }
        return new Starts(at);
    }

    /**
     * The best code for an event word at token {@code i} (the sentence ends at {@code end}): the longest
     * pattern that follows, else the word's own code; null when none applies.
     */
    @Nullable
    Hit match(List<Token> tokens, int i, int end) {
        return match(tokens, i, end, byFirstWord.get(lower(tokens.get(i))));
    }

    /** As {@link #match(List, int, int)}, with the block's verb forms looked up before. */
    @Nullable
    Hit match(List<Token> tokens, int i, int end, Starts starts) {
        return match(tokens, i, end, starts.at.get(i));
    }

    private @Nullable Hit match(List<Token> tokens, int i, int end, @Nullable List<Entry> entries) {
        if (entries == null) {
            return null;
        }
        // a form and the window after it are all that is read
        Lowered low = new Lowered(tokens);
        Hit best = null;
        int bestScore = 0;
        for (Entry e : entries) {
            if (!formAt(e.words(), low, i, end)) {
                continue;
            }
            int after = i + e.words().length;
            int score = 0;
            String code = null;
            boolean pattern = false;
            int reach = e.words().length;
            if (!e.code().startsWith("-")) {
                score = e.words().length;
                code = e.code();
            }
            for (int k : candidates(e.patterns(), low, after, end)) {
                Pattern p = e.patterns().list.get(k);
                int s = 10 * p.words().length + e.words().length;
                int last = s > score ? follows(p.words(), low, after, end) : -1;
                if (last >= 0) {
                    score = s;
                    code = demanded(e.code(), p.code());
                    pattern = true;
                    reach = last + 1 - i;
                }
            }
            if (code != null && score >= bestScore) {
                bestScore = score;
                best = new Hit(code, e.words().length, pattern, reach);
            }
        }
        return best;
    }

    /**
     * A demand verb keeps its force over a pattern its block shares with appeals: CAMEO's demands (10x) mirror
     * its appeals (02x) code for code, so "demanded elections" is 1041 where "called for elections" is 0241.
     */
    private static String demanded(String formCode, String patternCode) {
        return formCode.startsWith("10") && patternCode.startsWith("02")
                ? "10" + patternCode.substring(2)
                : patternCode;
    }

    /**
     * The patterns that may follow at {@code from}, in file order: those whose first word is one of the tokens
     * {@link #follows} reads for it. The others cannot follow.
     */
    private static List<Integer> candidates(Patterns patterns, Lowered low, int from, int end) {
        int limit = Math.min(Math.min(end, from + WINDOW), from + GAP + 1);
        List<Integer> out = null;
        for (int k = from; k < limit; k++) {
            String t = low.at(k);
            if (t.equals(",") || t.equals(";")) {
                break;
            }
            List<Integer> some = patterns.startingWith(t);
            if (some.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = some;
            } else {
                // a token repeated within the gap gives the same patterns again: keep each once, in file order
                java.util.TreeSet<Integer> merged = new java.util.TreeSet<>(out);
                merged.addAll(some);
                out = List.copyOf(merged);
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean formAt(String[] words, Lowered low, int i, int end) {
        if (i + words.length > end) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!low.at(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the last of the words stands, if they occur in order after {@code from}, the first within GAP tokens,
     * each next within GAP more; else -1.
     */
    private static int follows(String[] words, Lowered low, int from, int end) {
        int limit = Math.min(end, from + WINDOW);
        int at = from;
        for (String w : words) {
            int found = -1;
            for (int k = at; k < Math.min(limit, at + GAP + 1); k++) {
                String t = low.at(k);
                if (t.equals(",") || t.equals(";")) {
                    break;
                }
                if (t.equals(w)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found + 1;
        }
        return at - 1;
    }

    /** The tokens in lower case. */
    private record Lowered(List<Token> tokens) {
        String at(int k) {
            return tokens.get(k).lower();
        }
    }

    private static String lower(Token t) {
        return t.lower();
    }
}
