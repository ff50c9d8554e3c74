package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VerbLexiconTest {
    /**
     * The kind bits the sides and candidates read in place of set look-ups: a token's word has the bit exactly when
     * the set holds it, for every word of the sets and for words of the lexicon and others that are in none.
     */
    @Test
    void aWordHasAListsKindBitExactlyWhenTheListHoldsIt() {
        Map<Integer, java.util.Set<String>> lists = Map.ofEntries(
                Map.entry(EventWords.PASSIVE_WORD, EventWords.PASSIVE),
                Map.entry(EventWords.PRONOUN, EventWords.PRONOUNS),
                Map.entry(EventWords.PREPOSITION, EventWords.PREPOSITIONS),
                Map.entry(EventWords.PLACE_WORD, EventWords.PLACE),
                Map.entry(EventWords.LIGHT_STOP, EventWords.LIGHT_STOPS),
                Map.entry(EventWords.BETWEEN, java.util.Set.of("between")),
                Map.entry(EventWords.LOCATIVE_WORD, EventWords.LOCATIVE),
                Map.entry(EventWords.TOPIC_WORD, EventWords.TOPIC),
                Map.entry(EventWords.COORDINATOR, EventWords.COORDINATION),
                Map.entry(EventWords.DETERMINER, EventWords.DETERMINERS),
                Map.entry(Clauses.AGENT, KindLists.read("clause-words.txt").of("agent")),
                Map.entry(EventWords.POSSESSIVE, EventWords.POSSESSIVES),
                Map.entry(Clauses.OBLIGATION, KindLists.read("clause-words.txt").of("obligation")),
                Map.entry(Clauses.AND, java.util.Set.of("and")));
        StringBuilder text =
                new StringBuilder("Between the visit and talks , he said ; Was it BY them & the Police's ? ");
        lists.values().forEach(words -> words.forEach(w -> text.append(w).append(' ')));
        List<Token> tokens = Tokenizer.tokens(text + "attacked Beijing betweens an");
        VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
        int set = 0;
        for (int i = 0; i < tokens.size(); i++) {
            for (Map.Entry<Integer, java.util.Set<String>> e : lists.entrySet()) {
                boolean held = e.getValue().contains(tokens.get(i).lower());
                assertEquals(held, (starts.kinds(i) & e.getKey()) != 0, tokens.get(i) + " " + e.getValue());
                set += held ? 1 : 0;
            }
        }
        assertTrue(set > 50, set + " bits set");
    }

    /**
     * Each form of the lexicon, alone and followed by each pattern of its block: every hit's statement flag (the
     * entry's or pattern's, worked out when read) says what the plain test of its code says, and a token that
     * {@link SentenceHits#mayHit} rules out has no hit.
     */
    @Test
    void aHitIsAStatementExactlyWhenItsCodeIsOne() {
        int hits = 0;
        int statements = 0;
        int takes = 0;
        int resolved = 0;
        for (Line line : lines()) {
            String after = line.kind().equals("P") ? " " + line.words() : "";
            for (String form : line.forms().split("\\|")) {
                List<Token> tokens = Tokenizer.tokens(form + after + " .");
                VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
                SentenceHits sentence = new SentenceHits(VerbLexicon.DEFAULT, starts, 0, tokens.size(), List.of());
                for (int i = 0; i < tokens.size(); i++) {
                    VerbLexicon.Hit hit = VerbLexicon.DEFAULT.match(i, tokens.size(), starts);
                    // the candidates' quick test: no hit where it says none may be
                    assertTrue(hit == null || sentence.mayHit(i), form + after + " at " + i);
                    // the sentences' gate: no hit where it says no form stands whole
                    assertTrue(hit == null || starts.any(0, tokens.size()), form + after + " at " + i);
                    assertEquals(hit, sentence.at(i));
                    // the candidates' one-read test is the two it stands for
                    boolean frames = (starts.kinds(i) & (Clauses.FRAMING | Clauses.LIGHT)) != 0;
                    assertEquals(sentence.mayHit(i) || frames, starts.mayTake(i), form + after + " at " + i);
                    takes += starts.mayTake(i) && !sentence.mayHit(i) ? 1 : 0;
                    if (hit != null) {
                        hits++;
                        statements += hit.statement() ? 1 : 0;
                        assertEquals(hit.code().startsWith("01"), hit.statement(), form + after + ": " + hit);
                        // what the lexicon resolved is what a look-up of the code gives
                        if (hit.resolved() != null) {
                            assertEquals(CameoCodes.DEFAULT.of(hit.code()), hit.resolved(), form + after + ": " + hit);
                            resolved++;
                        }
                    }
                }
            }
        }
        assertTrue(hits > 10_000 && statements > 100, hits + " hits, " + statements + " statements");
        assertTrue(takes > 0, takes + " framing or light words that start no form");
        assertTrue(resolved > hits * 9 / 10, resolved + " of " + hits + " hits resolved with the lexicon");
    }

    /**
     * Each form followed by each pattern of its block, next to it or one word apart: the hit is a pattern's. The
     * test of the tokens' word bits that passes over most patterns ({@code Patterns.lacksAny}) must never pass over
     * one that follows.
     */
    @Test
    void everyPatternThatFollowsItsFormIsFound() {
        int tried = 0;
        for (Line line : lines()) {
            if (!line.kind().equals("P") || !plainWords(line.words())) {
                continue;
            }
            for (String form : line.forms().split("\\|")) {
                if (!plainWords(form)) {
                    continue;
                }
                for (String filler : List.of(" ", " quite ")) {
                    String text = form + filler + line.words() + " and more words after it .";
                    List<Token> tokens = Tokenizer.tokens(text);
                    VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
                    VerbLexicon.Hit hit = VerbLexicon.DEFAULT.match(0, tokens.size(), starts);
                    assertTrue(hit != null && hit.pattern(), text + ": " + hit);
                    tried++;
                }
            }
        }
        assertTrue(tried > 20_000, tried + " forms and patterns");
    }

    /** A line of the lexicon files ("B": a block's forms, "P": one of its patterns) with its block's forms. */
    private record Line(String kind, String words, String forms) {}

    /** The lines of both lexicon files that have their three fields, in file order. */
    private static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (String file : List.of("cameo-verbs.txt", "events-extra.txt")) {
            String forms = "";
            for (String line : Resources.lines("/dev/corpus/events/" + file)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                if (f[0].equals("B")) {
                    forms = f[2];
                }
                out.add(new Line(f[0], f[2], forms));
            }
        }
        return out;
    }

    /** Lower-case words the tokenizer keeps whole, no comma or semicolon, and few enough to fit the window. */
    private static boolean plainWords(String pattern) {
        String[] words = pattern.split(" ");
        List<Token> tokens = Tokenizer.tokens(pattern);
        if (words.length > 4 || tokens.size() != words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(k).text().equals(words[k]) || !words[k].matches("[a-z]+")) {
                return false;
            }
        }
        return true;
    }

    /**
     * On random word sequences made of forms and their blocks' pattern words, {@link VerbLexicon#match} gives
     * what the plain reading of the lexicon files gives: each form that stands whole, each pattern of its block
     * tried in file order. The lexicon's indexes, word bits and table only pass over what cannot follow.
     */
    @Test
    void matchIsWhatThePlainReadingOfTheFilesGives() {
        PlainLexicon plain = new PlainLexicon();
        Random random = new Random(13);
        int patterns = 0;
        for (int n = 0; n < 20_000; n++) {
            PlainLexicon.Form form = plain.forms.get(random.nextInt(plain.forms.size()));
            List<String[]> block = form.patterns();
            List<String> words = new ArrayList<>(List.of(form.words()));
            for (int w = random.nextInt(12); w > 0; w--) {
                int pick = random.nextInt(10);
                if (pick < 6 && !block.isEmpty()) {
                    String[] p = block.get(random.nextInt(block.size()));
                    words.add(p[1 + random.nextInt(p.length - 1)]);
                } else {
                    words.add(List.of(",", ";", "the", "a", "quite", "to").get(random.nextInt(6)));
                }
            }
            List<Token> tokens = new ArrayList<>();
            for (String w : words) {
                tokens.add(new Token(w, 0, w.length()));
            }
            int end = 1 + random.nextInt(tokens.size());
            VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
            for (int i = 0; i < end; i++) {
                VerbLexicon.Hit expected = plain.match(words, i, end);
                assertEquals(expected, VerbLexicon.DEFAULT.match(i, end, starts), words + " at " + i + " to " + end);
                patterns += expected != null && expected.pattern() ? 1 : 0;
            }
        }
        assertTrue(patterns > 5_000, patterns + " hits of patterns");
    }

    /** The lexicon files read as they are, every word a string: what {@link VerbLexicon} must answer. */
    private static final class PlainLexicon {
        /** A form with its code and its block's patterns (each its code, then its words). */
        record Form(String code, String[] words, List<String[]> patterns) {}

        final List<Form> forms = new ArrayList<>();
        /** The forms by first word, in file order: only to keep the test quick. */
        private final Map<String, List<Form>> byFirst = new HashMap<>();

        PlainLexicon() {
            for (String file : List.of("cameo-verbs.txt", "events-extra.txt")) {
                List<String[]> patterns = new ArrayList<>();
                boolean inPatterns = false;
                for (String line : Resources.lines("/dev/corpus/events/" + file)) {
                    String[] f = line.split("\t");
                    if (f.length < 3) {
                        continue;
                    }
                    if (f[0].equals("B")) {
                        if (inPatterns) {
                            patterns = new ArrayList<>();
                            inPatterns = false;
                        }
                        for (String form : f[2].split("\\|")) {
                            Form added = new Form(f[1], form.split(" "), patterns);
                            forms.add(added);
                            byFirst.computeIfAbsent(added.words()[0], x -> new ArrayList<>())
                                    .add(added);
                        }
                    } else if (f[0].equals("P")) {
                        inPatterns = true;
                        String[] p = (f[1] + " " + f[2]).split(" ");
                        patterns.add(p);
                    }
                }
            }
        }

        VerbLexicon.@Nullable Hit match(List<String> low, int i, int end) {
            VerbLexicon.Hit best = null;
            int bestScore = 0;
            for (Form form : byFirst.getOrDefault(low.get(i), List.of())) {
                String[] w = form.words();
                if (i + w.length > end || !low.subList(i, i + w.length).equals(List.of(w))) {
                    continue;
                }
                boolean coded = !form.code().startsWith("-");
                int score = coded ? w.length : 0;
                String code = coded ? form.code() : null;
                boolean statement = coded && form.code().startsWith("01");
                // resolved with the lexicon, but for a demand's code made of a pattern's
                CameoCodes.Resolved resolved = coded ? CameoCodes.DEFAULT.of(form.code()) : null;
                boolean pattern = false;
                int reach = w.length;
                for (String[] p : form.patterns()) {
                    int s = 10 * (p.length - 1) + w.length;
                    int last = s > score ? follows(p, low, i + w.length, end) : -1;
                    if (last >= 0) {
                        score = s;
                        code = form.code().startsWith("10") && p[0].startsWith("02") ? "10" + p[0].substring(2) : p[0];
                        statement = p[0].startsWith("01");
                        resolved = code.equals(p[0]) ? CameoCodes.DEFAULT.of(p[0]) : null;
                        pattern = true;
                        reach = last + 1 - i;
                    }
                }
                if (code != null && score >= bestScore) {
                    bestScore = score;
                    best = new VerbLexicon.Hit(code, w.length, pattern, reach, statement, resolved);
                }
            }
            return best;
        }

        /** Where pattern p's last word stands: each within 2 tokens of the one before, all within 7; else -1. */
        private static int follows(String[] p, List<String> low, int from, int end) {
            int limit = Math.min(end, from + 7);
            int at = from;
            for (int x = 1; x < p.length; x++) {
                int found = -1;
                for (int k = at; k < Math.min(limit, at + 3); k++) {
                    if (low.get(k).equals(",") || low.get(k).equals(";")) {
                        break;
                    }
                    if (low.get(k).equals(p[x])) {
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

    /**
     * A form of several words is found whole, and not where a word differs or the sentence ends first; a longer
     * form wins over its first word's own.
     */
    @Test
    void aFormOfSeveralWordsMatchesOnlyWhole() {
        assertEquals("1=030/2 2=030/1", hits("They are determined ."));
        assertEquals("2=030/1", hits("They are decided ."));
        assertEquals("", hits("It is"));
        assertEquals("1=180/3 3=190/1", hits("They kidnapped and killed him ."));
        assertEquals("1=181/1 4=190/1", hits("They kidnapped and then killed him ."));
    }

    /**
     * A sentence is read only if a verb form stands whole in it: a form's first word alone ("is") or a form cut by
     * the sentence's end lets none through, and in every range the gate turns down no token has a hit.
     */
    @Test
    void theSentenceGateAsksForAWholeForm() {
        assertTrue(any("They are determined ."));
        assertTrue(any("They kidnapped him ."));
        assertTrue(!any("It is what it was ."));
        assertTrue(!any("It is"));
        String text = "It is clear that they are determined to go , and he said they were . The talks end today .";
        List<Token> tokens = Tokenizer.tokens(text);
        VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
        int closed = 0;
        for (int from = 0; from < tokens.size(); from++) {
            for (int to = from; to <= tokens.size(); to++) {
                boolean any = starts.any(from, to);
                closed += any ? 0 : 1;
                for (int i = from; i < to; i++) {
                    VerbLexicon.Hit hit = VerbLexicon.DEFAULT.match(i, to, starts);
                    assertTrue(any || hit == null, from + ".." + to + " at " + i);
                }
            }
        }
        assertTrue(closed > 20, closed + " ranges without a whole form");
    }

    private static boolean any(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        return VerbLexicon.DEFAULT.starts(tokens).any(0, tokens.size());
    }

    /** Each hit of the text as "token=code/length". */
    private static String hits(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            VerbLexicon.Hit hit = VerbLexicon.DEFAULT.match(i, tokens.size(), starts);
            if (hit != null) {
                out.add(i + "=" + hit.code() + "/" + hit.length());
            }
        }
        return String.join(" ", out);
    }
}
