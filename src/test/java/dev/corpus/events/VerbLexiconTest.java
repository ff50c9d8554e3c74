package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbLexiconTest {
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
                String after = f[0].equals("P") ? " " + f[2] : "";
                for (String form : forms.split("\\|")) {
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
                        }
                    }
                }
            }
        }
        assertTrue(hits > 10_000 && statements > 100, hits + " hits, " + statements + " statements");
        assertTrue(takes > 0, takes + " framing or light words that start no form");
    }

    /**
     * Each form followed by each pattern of its block, next to it or one word apart: the hit is a pattern's. The
     * test of the tokens' word bits that passes over most patterns ({@code Patterns.lacksAny}) must never pass over
     * one that follows.
     */
    @Test
    void everyPatternThatFollowsItsFormIsFound() {
        int tried = 0;
        for (String file : List.of("cameo-verbs.txt", "events-extra.txt")) {
            String forms = "";
            for (String line : Resources.lines("/dev/corpus/events/" + file)) {
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                if (f[0].equals("B")) {
                    forms = f[2];
                    continue;
                }
                if (!f[0].equals("P") || !plainWords(f[2])) {
                    continue;
                }
                for (String form : forms.split("\\|")) {
                    if (!plainWords(form)) {
                        continue;
                    }
                    for (String filler : List.of(" ", " quite ")) {
                        String text = form + filler + f[2] + " and more words after it .";
                        List<Token> tokens = Tokenizer.tokens(text);
                        VerbLexicon.Starts starts = VerbLexicon.DEFAULT.starts(tokens);
                        VerbLexicon.Hit hit = VerbLexicon.DEFAULT.match(0, tokens.size(), starts);
                        assertTrue(hit != null && hit.pattern(), text + ": " + hit);
                        tried++;
                    }
                }
            }
        }
        assertTrue(tried > 20_000, tried + " forms and patterns");
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
