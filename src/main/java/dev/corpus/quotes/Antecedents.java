package dev.corpus.quotes;

import dev.corpus.actors.Actor;
import dev.corpus.nlp.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves "he" and "she" to a person, the way a reader does: the subject of the nearest sentence before
 * that names a person of fitting gender, before anyone merely mentioned in it (an object, a possessive, a
 * name in an opening phrase such as "On The X Show, …"). A subject that is itself "he" or "she" passes the
 * question on to the sentences before it. Names inside quotation marks are what someone said, not
 * referents.
 */
final class Antecedents {
    /** How many sentences back a pronoun may reach. */
    private static final int MAX_SENTENCES_BACK = 6;
    /** How often a pronoun may hand on to an earlier pronoun. */
    private static final int MAX_CHAIN = 4;

    /** A person mention or a subject pronoun, at a code point of the source. */
    private record Item(int at, Speakers.@Nullable Mention person, Genders.Gender pronoun) {}

    /** A sentence's tokens {@code [from, to)} of its paragraph, and its code point span. */
    private record Sentence(Paragraph paragraph, int from, int to, int start, int end) {
        static Sentence of(Paragraph p, int from, int to) {
            return new Sentence(
                    p,
                    from,
                    to,
                    p.cpStart(p.tokens.get(from).start()),
                    p.cpEnd(p.tokens.get(to - 1).end()));
        }
    }

    /**
     * The page's sentences, made when a pronoun is first resolved: each one's span is two code point look-ups at
     * tokens no other reader of the page touches, and many pages resolve no pronoun.
     */
    private static final class Index {
        private final List<Sentence> sentences = new ArrayList<>();
        /** Whether each sentence ends where it starts or after, and none before the one before it. */
        private final boolean endsInOrder;
        /**
         * Each sentence's items (subject-like ones first), read when a pronoun first reaches back to it: most
         * pages resolve few pronouns, so reading every sentence up front was most of this class's cost.
         */
        private final List<@Nullable List<Item>> items;

        Index(List<Paragraph> paragraphs) {
            for (Paragraph p : paragraphs) {
                for (int[] s : p.sentences) {
                    if (s[0] < s[1]) {
                        sentences.add(Sentence.of(p, s[0], s[1]));
                    }
                }
            }
            boolean inOrder = true;
            for (int i = 0; i < sentences.size(); i++) {
                Sentence here = sentences.get(i);
                inOrder &= here.start() <= here.end()
                        && (i == 0 || sentences.get(i - 1).end() <= here.end());
            }
            endsInOrder = inOrder;
            items = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        }
    }

    private final List<Paragraph> paragraphs;
    private @Nullable Index index;

    private final Speakers speakers;
    private final Genders genders;
    /**
     * {@link Genders#of} each person a pronoun was weighed against: the same few are asked again for every
     * pronoun of the page, and each answer splits and lower-cases the person's roles and names.
     */
    private final Map<Actor, Genders.Gender> genderOf = new IdentityHashMap<>();

    private final Clause clause;

    Antecedents(List<Paragraph> paragraphs, Speakers speakers, Genders genders, Clause clause) {
        this.speakers = speakers;
        this.genders = genders;
        this.clause = clause;
        this.paragraphs = paragraphs;
    }

    private Index index() {
        Index made = index;
        if (made == null) {
            made = new Index(paragraphs);
            index = made;
        }
        return made;
    }

    /** The person the pronoun at code point {@code at} refers to, or null when none fits. */
    Speakers.@Nullable Mention resolve(int at, Genders.Gender gender) {
        return resolve(at, gender, 0);
    }

    private Speakers.@Nullable Mention resolve(int at, Genders.Gender gender, int depth) {
        int here = sentenceAt(at);
        for (int k = here - 1; k >= 0 && k >= here - MAX_SENTENCES_BACK; k--) {
            for (Item item : items(k)) {
                if (item.person() == null) {
                    if (item.pronoun() == gender && depth < MAX_CHAIN) {
                        Speakers.Mention m = resolve(item.at(), gender, depth + 1);
                        if (m != null) {
                            return m;
                        }
                    }
                    continue;
                }
                if (genderOf.computeIfAbsent(item.person().actor(), genders::of).fits(gender)) {
                    return item.person();
                }
            }
        }
        return null;
    }

    /**
     * The first sentence that holds code point {@code at} or starts after it, or the sentences' count. Where no
     * sentence ends before an earlier one (as in a body in source order) that is the first one ending after
     * {@code at}, found by a binary search: it is asked once per pronoun, and a body may have thousands of
     * sentences.
     */
    int sentenceAt(int at) {
        Index index = index();
        if (!index.endsInOrder) {
            return plainSentenceAt(at);
        }
        List<Sentence> sentences = index.sentences;
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() > at) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** {@link #sentenceAt} by a scan from the first sentence: the reference its search is tested against. */
    int plainSentenceAt(int at) {
        List<Sentence> sentences = index().sentences;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= at && at < sentences.get(i).end()
                    || sentences.get(i).start() > at) {
                return i;
            }
        }
        return sentences.size();
    }

    /** Whether {@link #sentenceAt} searches (the sentences end in order) rather than scans. */
    boolean searches() {
        return index().endsInOrder;
    }

    /** Sentence {@code k}'s items, read once (an Antecedents serves one document on one thread). */
    private List<Item> items(int k) {
        Index index = index();
        List<Item> read = index.items.get(k);
        if (read == null) {
            read = read(index.sentences.get(k));
            index.items.set(k, read);
        }
        return read;
    }

    private List<Item> read(Sentence s) {
        Paragraph p = s.paragraph();
        int from = s.from();
        int to = s.to();
        List<Token> t = p.tokens;
        int intro = clause.introEnd(t, from, to);
        List<Item> subjects = new ArrayList<>();
        List<Item> others = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            Genders.Gender g = Genders.ofPronoun(tok.lower());
            // the marks are scanned only for a pronoun: most tokens are none
            if (g != Genders.Gender.UNKNOWN && !Clause.quoted(p, tok.start())) {
                (i < intro ? others : subjects).add(new Item(p.cpStart(tok.start()), null, g));
            }
        }
        for (Speakers.Mention m : speakers.between(s.start(), s.end())) {
            if (!m.person()) {
                continue;
            }
            int first = Clause.tokenAtCp(p, from, to, m.start());
            int after = Clause.tokenAtCp(p, from, to, m.end());
            if (first >= to || Clause.quoted(p, t.get(first).start()) || clause.modifier(t, from, first, after)) {
                continue;
            }
            (clause.minor(t, from, intro, first, after) ? others : subjects)
                    .add(new Item(m.start(), m, Genders.Gender.UNKNOWN));
        }
        subjects.sort((a, b) -> Integer.compare(a.at(), b.at()));
        others.sort((a, b) -> Integer.compare(a.at(), b.at()));
        subjects.addAll(others);
        return subjects;
    }
}
