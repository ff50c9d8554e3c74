package dev.corpus.quotes;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.WordBits;
import dev.corpus.util.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The reporting cues of {@code cues.txt}: verb forms, multi-word cues, unnamed-source nouns, pronouns. */
final class CueLexicon {
    /** Every form of a reporting verb ("said", "argues") to its base form ("say", "argue"). */
    private final Map<String, String> verbs = new HashMap<>();
    /** The verb forms' bits: most tokens are told no cue without reading {@link #verbs}. */
    private final WordBits verbBits;

    private final Set<String> groups = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> notContent = new HashSet<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Set<String> conjunctions = new HashSet<>();
    private final Set<String> nounsToo = new HashSet<>();
    private final Set<String> timeWords = new HashSet<>();
    private final Set<String> personObject = new HashSet<>();
    private final Set<String> afterComma = new HashSet<>();
    private final Set<String> clauseOpeners = new HashSet<>();
    private final Set<String> speakerDeterminers = new HashSet<>();

    static final CueLexicon DEFAULT = new CueLexicon(Resources.sections("/dev/corpus/quotes/cues.txt"));

    private CueLexicon(Map<String, List<String>> sections) {
        sections.forEach(this::add);
        verbBits = new WordBits(verbs.keySet());
    }

    private void add(String section, List<String> lines) {
        for (String line : lines) {
            String l = line.toLowerCase(Locale.ROOT);
            switch (section) {
                case "verbs" -> {
                    String[] forms = l.split("\\s+");
                    for (String f : forms) {
                        verbs.putIfAbsent(f, forms[0]);
                    }
                }
                case "groups" -> groups.addAll(List.of(l.split("\\s+")));
                case "pronouns" -> pronouns.add(l);
                case "not content" -> notContent.add(l);
                case "determiners" -> determiners.add(l);
                case "auxiliaries" -> auxiliaries.add(l);
                case "prepositions" -> prepositions.add(l);
                case "conjunctions" -> conjunctions.add(l);
                case "nouns too" -> nounsToo.add(l);
                case "time words" -> timeWords.add(l);
                case "person object" -> personObject.add(l);
                case "conjunctions after a comma" -> afterComma.add(l);
                case "clause openers" -> clauseOpeners.add(l);
                case "speaker determiners" -> speakerDeterminers.add(l);
                default -> throw new IllegalStateException("cues.txt: unknown section " + section);
            }
        }
    }

    boolean isVerb(Token token) {
        return verbs.containsKey(token.lower());
    }

    /**
     * Whether token {@code i} is used as a reporting verb here. A capitalized cue word inside a sentence
     * is part of a name ("United States"), one after a determiner a noun ("the report"); a form that is as
     * often a noun ("state", "remarks", "tweets") needs a subject right before it or "that", ":" or ","
     * right after it.
     */
    boolean isCue(List<Token> t, int i, int sentenceStart) {
        Token tok = t.get(i);
        String w = tok.lower();
        if (!verbBits.mayContain(w) || !verbs.containsKey(w)) {
            return false;
        }
        Token prev = i > sentenceStart ? t.get(i - 1) : null;
        if (prev != null && (tok.isCapitalized() || isDeterminer(prev))) {
            return false;
        }
        if (!nounsToo.contains(w)) {
            return true;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).text() : "";
        boolean contentAfter = next.equalsIgnoreCase("that") || next.equals(":") || next.equals(",");
        boolean subjectBefore = prev != null
                && (isPronoun(prev)
                        || isGroup(prev)
                        || prev.isCapitalized() && prev.isWord()
                        || prev.text().equalsIgnoreCase("who")
                        || prev.text().endsWith("ly"));
        return contentAfter || subjectBefore;
    }

    boolean isGroup(Token token) {
        return groups.contains(token.lower());
    }

    boolean isPronoun(Token token) {
        return pronouns.contains(token.lower());
    }

    boolean isAuxiliary(Token token) {
        return auxiliaries.contains(token.lower());
    }

    boolean isPreposition(Token token) {
        return prepositions.contains(token.lower());
    }

    /** Whether {@code word} (after {@code previous}) opens a new clause: "but", "though", ", and". */
    boolean opensClause(Token word, String previous) {
        String w = word.lower();
        return conjunctions.contains(w) || afterComma.contains(w) && previous.equals(",");
    }

    /** "As", "while", "although": a word that opens an introductory phrase ending at the first comma. */
    boolean opensIntroduction(String word) {
        return clauseOpeners.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "The", "his": a word that opens an unnamed speaker's description ("the minister said"). */
    boolean startsDescription(String word) {
        return speakerDeterminers.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isDeterminer(Token token) {
        return determiners.contains(token.lower());
    }

    /** "Friday", "yesterday", "earlier": a time word between a cue and its content. */
    boolean isTimeWord(Token token) {
        return timeWords.contains(token.lower());
    }

    /**
     * "this to Ambassador Ma" reports nothing; "this is likely a decision" does. "it" before a verb ("says
     * it underscores") and "her" after a verb that takes no person as object ("said her colleague") start a
     * clause.
     */
    boolean cannotStartContent(String verbForm, String word, @Nullable String next) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!notContent.contains(w) || next == null) {
            return notContent.contains(w);
        }
        String n = next.toLowerCase(Locale.ROOT);
        if (auxiliaries.contains(n)) {
            return false;
        }
        boolean verbLike = Character.isLowerCase(next.charAt(0)) && (n.endsWith("s") || n.endsWith("ed"));
        if (w.equals("it") && verbLike) {
            return false;
        }
        String base = verbs.getOrDefault(verbForm.toLowerCase(Locale.ROOT), "");
        return !(w.equals("her") && !personObject.contains(base));
    }
}
