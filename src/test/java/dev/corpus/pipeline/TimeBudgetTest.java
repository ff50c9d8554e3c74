package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.util.Deadline;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A document that outruns its budget becomes a record with a timeout error, never a hang or a crash. */
class TimeBudgetTest {
    private static final String STORY = "Ministers Agree\n\nCuba and Vietnam signed a trade agreement on Tuesday, "
            + "officials said.\n\n\u201cWe will build a bridge,\u201d said Foreign Minister Ana Ruiz.\n\n"
            + "Vietnam welcomed the agreement and Cuba criticized the delay.\n";

    private static InputRef story() {
        byte[] bytes = STORY.getBytes(StandardCharsets.UTF_8);
        return InputRef.stream("story.txt", () -> new ByteArrayInputStream(bytes));
    }

    /** A clock that moves one second each time it is read: the deadline passes after {@code checks} reads. */
    private static Deadline expiringAfter(int checks) {
        AtomicLong now = new AtomicLong();
        return Deadline.after(Duration.ofSeconds(checks), () -> now.getAndAdd(1_000_000_000L));
    }

    private static List<String> codes(ArticleRecord r) {
        return r.errors().stream().map(Problem::code).toList();
    }

    @Test
    void aSpentBudgetWhileLoadingGivesOneTimeoutAndNothingElse() {
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        ArticleRecord r = pipeline.process(story(), CorpusProfile.NONE, expiringAfter(1));
        assertEquals(List.of(Problem.TIMEOUT), codes(r));
        assertEquals("story.txt", r.path());
        assertTrue(
                r.errors().get(0).message().contains("while loading"),
                r.errors().toString());
        assertEquals("", r.body());
        assertTrue(r.failed());
    }

    @Test
    void aBudgetSpentLaterKeepsWhatTheFinishedStagesFound() {
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        ArticleRecord full = pipeline.process(story());
        assertEquals(List.of(), codes(full));
        assertFalse(full.events().isEmpty(), "the story has events");
        boolean keptArticle = false;
        // however late the budget runs out, the record is whole: a timeout, or nothing missing
        for (int checks = 1; checks < 200; checks++) {
            ArticleRecord r = pipeline.process(story(), CorpusProfile.NONE, expiringAfter(checks));
            if (codes(r).isEmpty()) {
                assertEquals(full, r, "a budget never reached changes nothing");
                break;
            }
            assertEquals(List.of(Problem.TIMEOUT), codes(r));
            assertNotNull(r.errors().get(0).message());
            if (!r.body().isEmpty()) {
                assertEquals(full.body(), r.body(), "a finished stage's result is kept whole");
                keptArticle = true;
            }
        }
        assertTrue(keptArticle, "some budget ran out after the article was found");
    }

    @Test
    void noBudgetMeansNoLimit() {
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS.withTimeBudget(Duration.ZERO));
        assertEquals(List.of(), codes(pipeline.process(story())));
    }
}
