package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Sentences;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds events in the body, sentence by sentence: an event word of the CAMEO lexicon, the actor acting
 * (subject, "X's visit", "by X" after a passive, the first of "between X and Y") and the actor acted upon
 * (the next actor after the word). Words inside quotation marks are not read. Stateless and thread-safe.
 */
public final class EventExtractor {
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "to", "from", "at", "on", "for", "with", "by");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");
    private static final Set<String> HYPOTHETICAL = Set.of("should", "could", "would", "might", "may", "if", "must");
    private static final Set<String> EXPECTED = Set.of("will", "expected", "plans", "planned", "scheduled", "due");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "to");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");
    /** Tokens before an event word read for its mode. */
    private static final int MODE_WINDOW = 4;

    private final VerbLexicon lexicon = VerbLexicon.DEFAULT;
    private final CameoCodes codes = CameoCodes.DEFAULT;

    /** An actor mention as a token range of one block. */
    private record Mention(int from, int to, Actor actor) {}

    /**
     * @param body the article's body blocks, in order
     * @param actors the article's actors, whose spans mark the mentions
     * @param source the decoded source text the blocks point into
     * @param articleDate the article's date, against which relative dates are resolved
     */
    public List<Event> extract(List<Block> body, List<Actor> actors, String source, @Nullable ArticleDate articleDate) {
        CodePoints cp = new CodePoints(source);
        Set<Event> out = new LinkedHashSet<>();
        List<Actor> seen = new ArrayList<>();
        for (Block block : body) {
            String text = block.text();
            List<Token> tokens = Tokenizer.tokens(text);
            int[] cps = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                cps[i] = cp.of(block.offsets().source(tokens.get(i).start()));
            }
            List<Mention> mentions = mentions(tokens, cps, actors);
            boolean[] quoted = quoted(tokens);
            for (int[] s : Sentences.split(tokens)) {
                sentence(block, text, tokens, quoted, s, mentions, seen, cp, articleDate, out);
                for (Mention m : mentions) {
                    if (m.from() >= s[0] && m.from() < s[1]) {
                        seen.add(m.actor());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private void sentence(
            Block block,
            String text,
            List<Token> tokens,
            boolean[] quoted,
            int[] s,
            List<Mention> all,
            List<Actor> seen,
            CodePoints cp,
            @Nullable ArticleDate articleDate,
            Set<Event> out) {
        List<Mention> ms =
                all.stream().filter(m -> m.from() >= s[0] && m.to() <= s[1]).toList();
        int charStart = tokens.get(s[0]).start();
        int charEnd = tokens.get(s[1] - 1).end();
        String evidence = text.substring(charStart, charEnd);
        @Nullable List<EventDates.Found> dates = null; // looked for once the sentence has an event word: most have none
        java.util.Map<String, Event> bySource = new java.util.LinkedHashMap<>();
        for (int i = s[0]; i < s[1]; i++) {
            int at = i;
            if (quoted[i] || ms.stream().anyMatch(m -> at >= m.from() && at < m.to())) {
                continue;
            }
            if (i > s[0] && tokens.get(i).isCapitalized()) {
                continue; // part of a name or title ("Visit Britain")
            }
            VerbLexicon.Hit hit = lexicon.match(tokens, i, s[1]);
            if (hit == null) {
                continue;
            }
            if (dates == null) {
                dates = EventDates.find(evidence, articleDate);
            }
            Event e = event(block, tokens, s, i, hit, ms, seen, cp, evidence, dates, charStart);
            // the first event word of a clause is its main verb; later ones ("to develop cooperation") are
            // complements, unless another actor acts
            if (e != null) {
                Event first = bySource.putIfAbsent(String.valueOf(e.source()), e);
                if (first != null && wrapper(first.cameo()) && !wrapper(e.cameo())) {
                    bySource.put(String.valueOf(e.source()), e); // "decided to close": the closing
                }
            }
            i += hit.length() - 1;
        }
        out.addAll(bySource.values());
    }

    /** Tokens inside quotation marks (the marks included), over the whole block: quotes span sentences. */
    private static boolean[] quoted(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean in = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (QUOTES.contains(t)) {
                in = t.equals("\u201c") || (!t.equals("\u201d") && !in);
                out[i] = true;
                continue;
            }
            out[i] = in;
        }
        return out;
    }

    /** Statements, appeals and intents, which often only frame the real event of the clause. */
    private static boolean wrapper(String code) {
        return code.startsWith("01") || code.startsWith("02") || code.startsWith("03") || code.equals("036");
    }

    private @Nullable Event event(
            Block block,
            List<Token> tokens,
            int[] s,
            int verb,
            VerbLexicon.Hit hit,
            List<Mention> ms,
            List<Actor> seen,
            CodePoints cp,
            String evidence,
            List<EventDates.Found> dates,
            int charStart) {
        int after = verb + hit.length();
        Actor src = null;
        Actor tgt = null;
        String code = hit.code();
        int between = indexOf(tokens, "between", after, Math.min(s[1], after + 4));
        Mention by = lower(tokens, verb - 1).equals("by") ? null : firstAfter(ms, "by", tokens, after, s[1]);
        if (between >= 0) {
            List<Mention> pair =
                    ms.stream().filter(m -> m.from() > between).limit(2).toList();
            if (pair.size() == 2) {
                src = pair.get(0).actor();
                tgt = pair.get(1).actor();
            }
        } else if (by != null && isPassive(tokens, verb, s[0])) {
            src = by.actor();
            Mention subj = subject(ms, tokens, verb, s[0]);
            tgt = subj == null ? null : subj.actor();
        } else {
            Mention owner = possessor(ms, tokens, verb, s[0]);
            Mention subj = owner != null ? owner : subject(ms, tokens, verb, s[0]);
            boolean plural = subj == null && plural(tokens, verb, s[0]);
            src = subj == null ? pronoun(tokens, verb, s[0], seen, null) : subj.actor();
            tgt = object(ms, after, s[1], src);
            if (plural && tgt == null) {
                // "their governments signed": the two countries the article has named most
                List<Actor> pair = mostNamed(seen);
                src = pair.isEmpty() ? null : pair.get(0);
                tgt = pair.size() < 2 ? null : pair.get(1);
            }
        }
        if (src == null && tgt == null) {
            return null;
        }
        if (src == null || tgt == null) {
            if (!bothSidesOptional(code)) {
                return null;
            }
        }
        if (src != null && tgt != null && src.name().equals(tgt.name())) {
            return null;
        }
        int verbChar = tokens.get(verb).start() - charStart;
        ArticleDate date = nearest(dates, verbChar);
        Span span = new Span(
                cp.of(block.offsets().source(tokens.get(s[0]).start())),
                cp.of(block.offsets().source(tokens.get(s[1] - 1).end() - 1) + 1));
        return new Event(
                code,
                codes.label(code),
                src == null ? null : src.name(),
                tgt == null ? null : tgt.name(),
                src == null ? null : src.country(),
                tgt == null ? null : tgt.country(),
                date,
                location(tokens, ms, s, after),
                evidence,
                span,
                mode(tokens, verb, s[0]),
                codes.plover(code),
                codes.goldstein(code));
    }

    /** Statements, visits and force can be reported with one side only ("X arrived", "X was attacked"). */
    private static boolean bothSidesOptional(String code) {
        return false;
    }

    private static @Nullable ArticleDate nearest(List<EventDates.Found> dates, int at) {
        EventDates.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventDates.Found f : dates) {
            int d = f.start() >= at ? f.start() - at : at - f.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best == null ? null : best.date();
    }

    /** The nearest actor before the word that is not inside a prepositional phrase, else the nearest one. */
    private static @Nullable Mention subject(List<Mention> ms, List<Token> tokens, int verb, int start) {
        Mention nearest = null;
        for (int k = ms.size() - 1; k >= 0; k--) {
            Mention m = ms.get(k);
            if (m.to() > verb) {
                continue;
            }
            if (nearest == null) {
                nearest = m;
            }
            String before = lower(tokens, m.from() - 1);
            if (m.from() <= start || !PREPOSITIONS.contains(before)) {
                return m;
            }
        }
        return nearest;
    }

    /** "Díaz-Canel's (state) visit": the actor right before "'s" and at most two words before the noun. */
    private static @Nullable Mention possessor(List<Mention> ms, List<Token> tokens, int verb, int start) {
        for (int k = verb - 1; k >= Math.max(start, verb - 3); k--) {
            String t = lower(tokens, k);
            if (t.equals("'s") || t.equals("\u2019s")) {
                int end = k;
                return ms.stream().filter(m -> m.to() == end).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** The first actor after the word, preferring one of another country than the source's. */
    private static @Nullable Actor object(List<Mention> ms, int after, int end, @Nullable Actor src) {
        Actor first = null;
        for (Mention m : ms) {
            if (m.from() < after || m.from() >= end) {
                continue;
            }
            if (src != null && m.actor().name().equals(src.name())) {
                continue;
            }
            if (first == null) {
                first = m.actor();
            }
            if (src == null
                    || m.actor().country() == null
                    || !Objects.equals(m.actor().country(), src.country())) {
                return m.actor();
            }
        }
        return first;
    }

    /** "they"/"their" (the sentence's subject) stand for the last actor of another country seen before. */
    private static @Nullable Actor pronoun(
            List<Token> tokens, int verb, int start, List<Actor> seen, @Nullable Actor other) {
        for (int k = start; k < verb; k++) {
            String t = lower(tokens, k);
            boolean plural = t.equals("they") || t.equals("their") || t.equals("both");
            boolean singular = t.equals("he") || t.equals("she") || t.equals("it") || t.equals("its");
            if (!plural && !singular) {
                continue;
            }
            for (int j = seen.size() - 1; j >= 0; j--) {
                Actor a = seen.get(j);
                boolean fits = singular ? !a.type().equals("place") : a.type().equals("country");
                if (a.country() != null
                        && fits
                        && (other == null || !a.country().equals(other.country()))) {
                    return a;
                }
            }
            return null;
        }
        return null;
    }

    private static List<Actor> mostNamed(List<Actor> seen) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Actor> byName = new java.util.LinkedHashMap<>();
        for (Actor a : seen) {
            if (a.type().equals("country") && a.country() != null) {
                counts.merge(a.name(), 1, Integer::sum);
                byName.putIfAbsent(a.name(), a);
            }
        }
        return byName.values().stream()
                .sorted(java.util.Comparator.comparingInt((Actor a) -> -counts.get(a.name())))
                .limit(2)
                .toList();
    }

    private static boolean plural(List<Token> tokens, int verb, int start) {
        for (int k = start; k < verb; k++) {
            String t = lower(tokens, k);
            if (t.equals("they") || t.equals("their") || t.equals("both")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(List<Token> tokens, int verb, int start) {
        for (int k = verb - 1; k >= Math.max(start, verb - 3); k--) {
            if (PASSIVE.contains(lower(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Mention firstAfter(List<Mention> ms, String word, List<Token> tokens, int from, int end) {
        int w = indexOf(tokens, word, from, Math.min(end, from + 4));
        if (w < 0) {
            return null;
        }
        return ms.stream()
                .filter(m -> m.from() > w && m.from() <= w + 3)
                .findFirst()
                .orElse(null);
    }

    /** "in Havana", "to Pyongyang": the first place or country after the word, else before it. */
    private static @Nullable String location(List<Token> tokens, List<Mention> ms, int[] s, int after) {
        String before = null;
        for (Mention m : ms) {
            String type = m.actor().type();
            if (!(type.equals("place") || type.equals("country"))
                    || !PLACE_WORDS.contains(lower(tokens, m.from() - 1))) {
                continue;
            }
            if (m.from() >= after) {
                return m.actor().name();
            }
            before = m.actor().name();
        }
        return before;
    }

    private static String mode(List<Token> tokens, int verb, int start) {
        for (int k = verb - 1; k >= Math.max(start, verb - MODE_WINDOW); k--) {
            String t = lower(tokens, k);
            if (HYPOTHETICAL.contains(t)) {
                return "hypothetical";
            }
            if (EXPECTED.contains(t)) {
                return "expected";
            }
        }
        return "asserted";
    }

    private static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lower(tokens, k).equals(word)) {
                return k;
            }
        }
        return -1;
    }

    private static String lower(List<Token> tokens, int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).text().toLowerCase(Locale.ROOT);
    }

    /** Token ranges of the actors' mentions in one block, from the actors' code point spans. */
    private static List<Mention> mentions(List<Token> tokens, int[] cps, List<Actor> actors) {
        List<Mention> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        // Only the spans that reach into this block, in the same order: the article's other spans cannot
        // contain its tokens, and testing them for every token made this tokens x all mentions.
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (int k = 0; k < tokens.size(); k++) {
            low = Math.min(low, cps[k]);
            high = Math.max(high, cps[k]);
        }
        List<Actor> owners = new ArrayList<>();
        List<Span> near = new ArrayList<>();
        for (Actor a : actors) {
            for (Span sp : a.spans()) {
                if (sp.end() > low && sp.start() <= high) {
                    owners.add(a);
                    near.add(sp);
                }
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Actor hit = null;
            Span span = null;
            for (int k = 0; k < near.size(); k++) {
                Span sp = near.get(k);
                if (cps[i] >= sp.start() && cps[i] < sp.end()) {
                    hit = owners.get(k);
                    span = sp;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && cps[j] < span.end()) {
                j++;
            }
            out.add(new Mention(i, j, hit));
            i = j;
        }
        return out;
    }
}
