package dev.corpus.events;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.WordIds;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Event words and their CAMEO codes: the verb blocks and plain-word patterns derived from CAMEO.2.0.txt
 * (scripts/build-cameo-lexicon.py) plus hand-written nouns and phrases (events-extra.txt).
 */
final class VerbLexicon {
    static final VerbLexicon DEFAULT = new VerbLexicon(List.of("cameo-verbs.txt", "events-extra.txt"), kinds());

    /** How far after the verb a pattern's words may lie, and the largest gap between two of them. */
    private static final int WINDOW = 7;

    private static final int GAP = 2;

    /**
     * One verb form (its words are in {@link #forms}) with the code it carries alone ("---": none) and its block's
     * patterns; {@code coded} says whether it carries one, {@code statement} whether that is a statement's (01x)
     * and {@code resolved} its label, category and value, worked out once rather than at every match or event.
     */
    private record Entry(
            String code, boolean coded, boolean statement, CameoCodes.@Nullable Resolved resolved, Patterns patterns) {
        Entry(String code, Patterns patterns) {
            this(
                    code,
                    !code.startsWith("-"),
                    isStatement(code),
                    code.startsWith("-") ? null : CameoCodes.DEFAULT.of(code),
                    patterns);
        }
    }

    /**
     * A block's patterns, in file order, and where each first word leads: a verb such as "set" has over a
     * thousand patterns, and trying each one at every occurrence was most of the events stage's time.
     */
    private static final class Patterns {
        private static final int[] NONE = new int[0];

        /**
         * Filled in by {@link #freeze}, once every word of the lexicon has its number: pattern k's words are
         * {@code words[first[k]]} to {@code words[first[k + 1] - 1]}, its code {@code codes[k]}, and whether that
         * is a statement's {@code statements[k]}. Flat arrays, where a record per pattern (its words an array of
         * their own) cost three reads seldom in cache for each pattern tried.
         */
        private int[] first = {0};

        private int[] words = NONE;
        /**
         * Pattern k's words as bits, each word's number modulo 64: a pattern with a word whose bit the tokens after
         * the form lack cannot follow, told by one read where {@link #follows} read its words one by one. Most
         * patterns tried follow nowhere ("call" has 170 that start with "for").
         */
        private long[] wordBits = new long[0];

        private String[] codes = new String[0];
        /** Pattern k's code's label, category and value. */
        private CameoCodes.Resolved[] resolved = new CameoCodes.Resolved[0];

        private boolean[] statements = new boolean[0];
        /** While the file is read: each pattern's code and words. */
        private final List<String[]> read = new ArrayList<>();
        /** The patterns' indexes, those of each first word together, each word's ascending (in file order). */
        private int[] byFirst = NONE;
        /**
         * An open-addressed table from a first word's number to where its patterns lie in {@link #byFirst}: slot i
         * is {@code table[3i]} (the word), {@code table[3i + 1]} and {@code table[3i + 2]} (from, to). One read finds
         * both, where a table of keys and another of arrays took three reads seldom in cache.
         */
        private int[] table = NONE;

        private int mask;
        /**
         * A bit per first word's number modulo 64: most tokens start none of the block's patterns, and a clear
         * bit tells so without a probe of the table, which is seldom in cache.
         */
        private long firstWords;

        void add(String code, String[] words) {
            String[] row = new String[words.length + 1];
            row[0] = code;
            System.arraycopy(words, 0, row, 1, words.length);
            read.add(row);
        }

        /** Numbers the patterns' words and indexes them by first word. */
        void freeze(WordIds ids) {
            Map<Integer, List<Integer>> byFirst = new LinkedHashMap<>();
            int n = read.size();
            first = new int[n + 1];
            codes = new String[n];
            resolved = new CameoCodes.Resolved[n];
            statements = new boolean[n];
            wordBits = new long[n];
            int[] all = new int[read.stream().mapToInt(row -> row.length - 1).sum()];
            for (int k = 0; k < n; k++) {
                String[] row = read.get(k);
                int[] w = numbers(Arrays.copyOfRange(row, 1, row.length), ids);
                byFirst.computeIfAbsent(w[0], x -> new ArrayList<>()).add(k);
                System.arraycopy(w, 0, all, first[k], w.length);
                first[k + 1] = first[k] + w.length;
                codes[k] = row[0];
                resolved[k] = CameoCodes.DEFAULT.of(row[0]);
                statements[k] = isStatement(row[0]);
                for (int x : w) {
                    wordBits[k] |= 1L << x; // the shift is by x % 64
                }
            }
            words = all;
            read.clear();
            int size = Integer.highestOneBit(Math.max(1, byFirst.size() * 2)) * 2;
            table = new int[3 * size];
            mask = size - 1;
            this.byFirst = new int[n];
            int from = 0;
            for (Map.Entry<Integer, List<Integer>> e : byFirst.entrySet()) {
                int i = slot(e.getKey());
                while (table[3 * i] != WordIds.NONE) {
                    i = (i + 1) & mask;
                }
                table[3 * i] = e.getKey();
                table[3 * i + 1] = from;
                for (int k : e.getValue()) {
                    this.byFirst[from++] = k;
                }
                table[3 * i + 2] = from;
                firstWords |= 1L << e.getKey();
            }
        }

        int size() {
            return codes.length;
        }

        /** How many words pattern k has. */
        int length(int k) {
            return first[k + 1] - first[k];
        }

        /** The number of pattern k's first word. */
        int firstWord(int k) {
            return words[first[k]];
        }

        String code(int k) {
            return codes[k];
        }

        CameoCodes.Resolved resolved(int k) {
            return resolved[k];
        }

        /** Whether pattern k has a word whose bit {@code present} lacks: then it cannot follow. */
        boolean lacksAny(int k, long present) {
            return (wordBits[k] & ~present) != 0;
        }

        boolean statement(int k) {
            return statements[k];
        }

        /**
         * Where the patterns whose first word is number {@code word} lie in {@link #byFirst}: {@code from << 32 |
         * to}, 0 if there are none. Each word's are in file order.
         */
        long startingWith(int word) {
            if (word == WordIds.NONE || (firstWords & (1L << word)) == 0) { // the shift is by word % 64
                return 0;
            }
            for (int i = slot(word); table[3 * i] != WordIds.NONE; i = (i + 1) & mask) {
                if (table[3 * i] == word) {
                    return ((long) table[3 * i + 1] << 32) | table[3 * i + 2];
                }
            }
            return 0;
        }

        /** The index of the pattern at {@code x} of {@link #byFirst}. */
        int byFirst(int x) {
            return byFirst[x];
        }

        private int slot(int word) {
            return (word * 0x9E3779B9 >>> 16) & mask;
        }
    }

    /**
     * A lexicon hit: the code, how many tokens the verb form covers, whether a pattern after it chose the code
     * (rather than the form alone), how many tokens the form and that pattern's words reach over, and whether the
     * code is a statement's (01x). The candidates and sentences ask that of each hit: the flag is the entry's or
     * pattern's, worked out when the lexicon is read, where a test of the code read a string seldom in cache.
     * {@code resolved} is the code's label, category and value, also read with the lexicon (null for a demand's code,
     * made at the match): the events of the hit take them from here rather than from a look-up of the code.
     */
    record Hit(
            String code,
            int length,
            boolean pattern,
            int reach,
            boolean statement,
            CameoCodes.@Nullable Resolved resolved) {}

    /** Whether the CAMEO code is a statement's: "make public statement" and its subcodes (01x). */
    static boolean isStatement(String code) {
        return code.startsWith("01");
    }

    /** Every word of the lexicon's forms and patterns, and the comma and semicolon that end a pattern's reach. */
    private final WordIds ids;

    private final int comma;
    private final int semicolon;
    /** The verb forms' words, by first word, each word's in file order. */
    private final VerbForms forms;

    /** The verb forms' codes and patterns, by the forms' indexes in {@link #forms}. */
    private final Entry[] entries;

    /**
     * By number, whether any block's pattern starts with the word: most tokens after a form start none, and are
     * passed over without a probe of the block's table.
     */
    private final boolean[] patternStart;

    /** The words the clauses and the event extractor read by kind, with their kinds' bits. */
    private static Map<String, Integer> kinds() {
        Map<String, Integer> out = new HashMap<>(Clauses.kinds());
        EventWords.kinds().forEach((w, k) -> out.merge(w, k, (a, b) -> a | b));
        return out;
    }

    /**
     * The {@link Clauses#kinds} and {@link EventWords#kinds} of every word, by number (0 for most), and
     * {@link #FORM_START} where a verb form starts with it: a sentence's every token is asked both, and one
     * array read answers them, where the forms' array of arrays was another read seldom in cache.
     */
    private final int[] kindsById;

    /** Of a token not looked up yet: no word's number, and an index no table has. */
    private static final int UNNUMBERED = -1;

    /** A bit of {@link #kindsById} above every kind's. */
    private static final int FORM_START = 1 << 30;

    /**
     * A bit of {@link #kindsById}: a verb form of this one word stands whole wherever the word does. Most forms
     * are one word, and {@link Starts#any} is answered without reading the word's forms.
     */
    private static final int ONE_WORD_FORM = 1 << 29;

    /** @param kinds words the clauses are read by, with their kinds: numbered too, so a token's are at hand */
    private VerbLexicon(List<String> files, Map<String, Integer> kinds) {
        Source source = new Source();
        for (String file : files) {
            source.read(file);
        }
        source.words.addAll(kinds.keySet());
        ids = new WordIds(source.words);
        kindsById = new int[ids.size() + 1];
        kinds.forEach((w, k) -> kindsById[ids.of(w)] = k);
        comma = ids.of(",");
        semicolon = ids.of(";");
        patternStart = freeze(source.blocks, ids);
        List<int[]> words = new ArrayList<>();
        entries = new Entry[source.forms.size()];
        for (Form f : source.forms) {
            int[] w = numbers(f.words(), ids);
            entries[words.size()] = new Entry(f.code(), f.patterns());
            words.add(w);
            kindsById[w[0]] |= FORM_START | (w.length == 1 ? ONE_WORD_FORM : 0);
        }
        forms = new VerbForms(words, ids.size());
    }

    /** A verb form as read: its code, words and block's patterns (numbered once every word is read). */
    private record Form(String code, String[] words, Patterns patterns) {}

    /**
     * The lexicon files as read, before any word has its number: the forms, each block's patterns, and every
     * word in the order first met (the comma and semicolon first).
     */
    private static final class Source {
        final List<Form> forms = new ArrayList<>();
        final List<Patterns> blocks = new ArrayList<>();
        final Set<String> words = new LinkedHashSet<>(List.of(",", ";"));

        /** Reads one file: "B" lines give a block's forms, the "P" lines after them its patterns. */
        void read(String file) {
            Patterns patterns = newBlock();
            boolean inPatterns = false;
            for (String line : Resources.lines("/dev/corpus/events/" + file)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                if (f[0].equals("B")) {
                    if (inPatterns) {
                        patterns = newBlock();
                        inPatterns = false;
                    }
                    addForms(f[1], f[2], patterns);
                } else if (f[0].equals("P")) {
                    inPatterns = true;
                    String[] w = f[2].split(" ");
                    patterns.add(f[1], w);
                    words.addAll(List.of(w));
                }
            }
        }

        private Patterns newBlock() {
            Patterns patterns = new Patterns();
            blocks.add(patterns);
            return patterns;
        }

        /** The forms of a "B" line ("|" between them), which share its code and its block's patterns. */
        private void addForms(String code, String forms, Patterns patterns) {
            for (String form : forms.split("\\|")) {
                String[] w = form.split(" ");
                this.forms.add(new Form(code, w, patterns));
                words.addAll(List.of(w));
            }
        }
    }

    /** Numbers every block's patterns; by number, whether any pattern starts with the word. */
    private static boolean[] freeze(List<Patterns> blocks, WordIds ids) {
        boolean[] out = new boolean[ids.size() + 1];
        for (Patterns p : blocks) {
            p.freeze(ids);
            for (int k = 0; k < p.size(); k++) {
                out[p.firstWord(k)] = true;
            }
        }
        return out;
    }

    private static int[] numbers(String[] words, WordIds ids) {
        int[] out = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = ids.of(words[k]);
        }
        return out;
    }

    /**
     * The numbers of a block's tokens, looked up once: a sentence is read only if one of its tokens starts a
     * verb form, and then each of its tokens may be matched more than once, and its clauses read. Made by
     * {@link #unnumbered}, a token is looked up only when {@link #number} is asked for its sentence.
     */
    static final class Starts {
        private final VerbForms forms;
        private final int[] kindsById;
        private final int[] ids;
        private final VerbLexicon lexicon;
        private final List<Token> tokens;

        private Starts(VerbLexicon lexicon, List<Token> tokens, int[] ids) {
            this.forms = lexicon.forms;
            this.kindsById = lexicon.kindsById;
            this.ids = ids;
            this.lexicon = lexicon;
            this.tokens = tokens;
        }

        /**
         * Numbers the tokens from {@code from - 1} (a sentence's first word asks whether the word before it is a
         * determiner) to {@code to - 1} that are not numbered yet.
         */
        void number(int from, int to) {
            for (int k = Math.max(0, from - 1); k < to; k++) {
                if (ids[k] == UNNUMBERED) {
                    ids[k] = lexicon.ids.of(tokens.get(k));
                }
            }
        }

        /** The {@link Clauses#kinds} and {@link EventWords#kinds} bits of token {@code i}'s word. */
        int kinds(int i) {
            return kindsById[ids[i]] & ~(FORM_START | ONE_WORD_FORM);
        }

        /**
         * Whether token {@code i}'s word may be a candidate's: it starts a verb form, or is a framing or light verb
         * ({@link SentenceHits#mayHit} or those kinds), told by one read.
         */
        boolean mayTake(int i) {
            return (kindsById[ids[i]] & (FORM_START | Clauses.FRAMING | Clauses.LIGHT)) != 0;
        }

        /** Whether a verb form starts with token {@code i}'s word: else {@link VerbLexicon#match} finds nothing there. */
        boolean mayStart(int i) {
            return (kindsById[ids[i]] & FORM_START) != 0;
        }

        /**
         * Whether a verb form stands whole in {@code [from, to)}: else {@link #match} finds nothing there. Most
         * sentences hold a form's first word ("is", "was"), far fewer a whole form ("is determined").
         */
        boolean any(int from, int to) {
            for (int i = from; i < to; i++) {
                int kinds = kindsById[ids[i]];
                if ((kinds & ONE_WORD_FORM) != 0) {
                    return true;
                }
                if ((kinds & FORM_START) != 0) {
                    for (int p = forms.first(ids[i]), stop = forms.end(ids[i]); p < stop; p = forms.next(p)) {
                        if (forms.at(p, ids, i, to)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    Starts starts(List<Token> tokens) {
        return new Starts(this, tokens, ids.of(tokens));
    }

    /**
     * As {@link #starts}, but no token is looked up until {@link Starts#number} is asked for its sentence: the
     * extractor passes over sentences that cannot give an event, and their words were a share of its look-ups.
     */
    Starts unnumbered(List<Token> tokens) {
        int[] none = new int[tokens.size()];
        Arrays.fill(none, UNNUMBERED);
        return new Starts(this, tokens, none);
    }

    /**
     * The best code for an event word at token {@code i} (the sentence ends at {@code end}): the longest
     * pattern that follows, else the word's own code; null when none applies.
     */
    @Nullable
    Hit match(int i, int end, Starts starts) {
        if (!starts.mayStart(i)) {
            return null;
        }
        // a form and the window after it are all that is read
        int[] low = starts.ids;
        Hit best = null;
        int bestScore = 0;
        for (int p = forms.first(low[i]), stop = forms.end(low[i]); p < stop; p = forms.next(p)) {
            if (!forms.at(p, low, i, end)) {
                continue;
            }
            Entry e = entries[forms.index(p)];
            int length = forms.length(p);
            int after = i + length;
            int score = 0;
            String code = null;
            CameoCodes.Resolved resolved = null;
            boolean statement = false;
            boolean pattern = false;
            int reach = length;
            if (e.coded()) {
                score = length;
                code = e.code();
                resolved = e.resolved();
                statement = e.statement();
            }
            Patterns ps = e.patterns();
            // the patterns whose first word is one of the tokens follows reads for it: the others cannot follow
            int limit = Math.min(Math.min(end, after + WINDOW), after + GAP + 1);
            long present = 0;
            boolean presentKnown = false;
            int chosen = -1;
            for (int t = after; t < limit; t++) {
                int word = low[t];
                if (word == comma || word == semicolon) {
                    break;
                }
                long group = patternStart[word] && !repeated(low, after, t) ? ps.startingWith(word) : 0;
                for (int x = (int) (group >>> 32), to = (int) group; x < to; x++) {
                    int k = ps.byFirst(x);
                    if (!presentKnown) {
                        present = present(low, after, end);
                        presentKnown = true;
                    }
                    if (ps.lacksAny(k, present)) {
                        continue; // follows would find one of its words missing
                    }
                    // the longest pattern wins, of equally long ones the first in the file, whatever word it starts
                    // with
                    int s = 10 * ps.length(k) + length;
                    boolean better = s > score || (chosen >= 0 && s == score && k < chosen);
                    int last = better ? follows(ps, k, low, after, end) : -1;
                    if (last >= 0) {
                        score = s;
                        chosen = k;
                        code = demanded(e.code(), ps.code(k));
                        resolved = code.equals(ps.code(k)) ? ps.resolved(k) : null; // a demanded code is made here
                        statement = ps.statement(k); // a demanded code is a 10x made of an 02x: neither is a statement
                        pattern = true;
                        reach = last + 1 - i;
                    }
                }
            }
            if (code != null && score >= bestScore) {
                bestScore = score;
                best = new Hit(code, length, pattern, reach, statement, resolved);
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

    /** Whether token t's word stands before it from {@code from} on: its patterns were tried there. */
    private static boolean repeated(int[] low, int from, int t) {
        for (int k = from; k < t; k++) {
            if (low[k] == low[t]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bits of the words {@link #follows} may read after {@code from} (each word's number modulo 64): those
     * within the window and before a comma or semicolon.
     */
    private long present(int[] low, int from, int end) {
        long out = 0;
        for (int k = from, limit = Math.min(end, from + WINDOW); k < limit; k++) {
            int t = low[k];
            if (t == comma || t == semicolon) {
                break;
            }
            out |= 1L << t;
        }
        return out;
    }

    /**
     * Where the last of pattern p's words stands, if they occur in order after {@code from}, the first within GAP
     * tokens, each next within GAP more; else -1.
     */
    private int follows(Patterns ps, int p, int[] low, int from, int end) {
        int limit = Math.min(end, from + WINDOW);
        int at = from;
        int[] words = ps.words;
        for (int x = ps.first[p], to = ps.first[p + 1]; x < to; x++) {
            int w = words[x];
            int found = -1;
            for (int k = at; k < Math.min(limit, at + GAP + 1); k++) {
                int t = low[k];
                if (t == comma || t == semicolon) {
                    break;
                }
                if (t == w) {
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
}
