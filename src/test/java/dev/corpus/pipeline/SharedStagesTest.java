package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.InputRef;
import dev.corpus.testing.VariedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pipeline, with its gazetteer, lexicons and stage objects, shared by many threads at once (as a run
 * shares them) gives every input the record it gets alone on one thread.
 */
class SharedStagesTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 1;

    @TempDir
    Path tmp;

    @Test
    void manyThreadsAtOnceGiveTheSingleThreadedRecords() throws Exception {
        List<InputRef> inputs = new ArrayList<>();
        for (Path p : VariedCorpus.write(tmp.resolve("corpus"))) {
            inputs.add(InputRef.file(p.toString(), p));
        }
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        List<ArticleRecord> alone = new ArrayList<>();
        for (InputRef in : inputs) {
            alone.add(pipeline.process(in));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ArticleRecord>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    for (int i = 0; i < inputs.size(); i++) {
                        order.add(i);
                    }
                }
                Collections.shuffle(order, new Random(t)); // each thread its own order: stages overlap
                Callable<List<ArticleRecord>> work = () -> {
                    start.await();
                    List<ArticleRecord> got = new ArrayList<>(Collections.nCopies(inputs.size(), null));
                    for (int i : order) {
                        ArticleRecord rec = pipeline.process(inputs.get(i));
                        if (got.get(i) != null) {
                            assertEquals(got.get(i), rec, "same thread, same input");
                        }
                        got.set(i, rec);
                    }
                    return got;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<ArticleRecord>> f : results) {
                List<ArticleRecord> got = f.get(120, TimeUnit.SECONDS);
                for (int i = 0; i < inputs.size(); i++) {
                    assertEquals(alone.get(i), got.get(i), inputs.get(i).path());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
