package dev.corpus.events;

import dev.corpus.events.Sides.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a statement verb with a speaker reports: "X announced a suspension of ..." is X's suspension,
 * "X said that Y must return" X's demand of Y, "X said it would not accept" X's own rejection, and "officials
 * said Peru had agreed to ..." both the statement and Peru's deed. A denial stays a denial, and a report about
 * another actor's deed stays a statement to it.
 */
final class Statements {
    /** CAMEO's denial of responsibility: a statement whose reported deed did not happen. */
    private static final String DENIAL = "016";

    private Statements() {}

    /** The events of statement candidate {@code c}, with the sentence's other candidates {@code cands}. */
    static List<Event> of(EventSentence s, Candidate c, List<Candidate> cands) {
        List<Mention> speakers = s.sides().subjects(c.at());
        if (speakers.isEmpty() || c.hit().code().startsWith(DENIAL)) {
            return CandidateEvents.of(s, c, null); // "denied that it violated ...": the denial, not the deed
        }
        Mention speaker = speakers.get(speakers.size() - 1);
        int after = c.at() + c.hit().length();
        Candidate next = cands.stream()
                .filter(n -> n.at() > c.at() && n.rank() < 6 && !n.noun())
                .min(Comparator.comparingInt(Candidate::at))
                .orElse(null);
        Candidate object = cands.stream()
                .filter(n -> n.noun() && n.at() > after && n.at() <= after + 3 && n.rank() < 4)
                .findFirst()
                .orElse(null);
        if (object != null && !object.hit().statement()) {
            List<Event> announced = CandidateEvents.of(s, object, speaker); // "X announced a suspension of ..."
            if (!announced.isEmpty()) {
                return announced;
            }
        }
        int reportEnd = next == null ? s.end() : next.at();
        Mention obliged = obliged(s, after, reportEnd);
        if (obliged != null) {
            return List.of(EventMaker.make(s, c, "100", speaker, obliged));
        }
        boolean pronoun = pronoun(s, after, reportEnd);
        boolean named = s.mentions().stream().anyMatch(m -> m.from() >= after && m.to() <= reportEnd);
        if (next != null && !named && pronoun) {
            List<Event> reported = CandidateEvents.of(s, next, speaker);
            return reported.isEmpty() ? CandidateEvents.of(s, c, null) : reported;
        }
        if (next != null && named && !pronoun && s.sides().subjectRightBefore(next.head())) {
            // "officials said Peru had agreed to ...": the statement, and the reported deed of the actor named
            List<Event> reported = CandidateEvents.of(s, next, null);
            if (!reported.isEmpty()) {
                List<Event> both = new ArrayList<>(CandidateEvents.of(s, c, null));
                both.addAll(reported);
                return both;
            }
        }
        return CandidateEvents.of(s, c, null);
    }

    /**
     * The actor a reported obligation falls on ("said that Sudan must return"): the last mention between the
     * statement and the first obligation word of the report that has one before it.
     */
    private static @Nullable Mention obliged(EventSentence s, int after, int reportEnd) {
        for (int k = after; k < reportEnd; k++) {
            int at = k;
            if ((s.kind(k) & Clauses.OBLIGATION) != 0) {
                Mention obliged = s.mentions().stream()
                        .filter(m -> m.from() >= after && m.to() <= at)
                        .reduce((a, b) -> b)
                        .orElse(null);
                if (obliged != null) {
                    return obliged;
                }
            }
        }
        return null;
    }

    /** A pronoun in the report: it is about the speaker's own deed ("said it would not accept"). */
    private static boolean pronoun(EventSentence s, int after, int reportEnd) {
        for (int k = after; k < reportEnd; k++) {
            if ((s.kind(k) & EventWords.PRONOUN) != 0) {
                return true;
            }
        }
        return false;
    }
}
