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
                        assertEquals(hit, sentence.at(i));
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
