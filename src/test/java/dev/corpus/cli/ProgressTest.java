package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void redrawsAtMostTenTimesASecondAndClearsItsLine() {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Progress p = new Progress(new PrintWriter(err), true, clock::get);
        p.update(1, 0);
        clock.addAndGet(10_000_000L); // 10 ms later: too soon to redraw
        p.update(2, 0);
        clock.addAndGet(200_000_000L);
        p.update(3, 1);
        String drawn = err.toString();
        assertEquals(2, drawn.chars().filter(c -> c == '\r').count(), drawn);
        assertTrue(drawn.contains("3 files, 1 with errors"), drawn);
        p.clear();
        assertTrue(err.toString().endsWith("\r"), "cursor back at the start of an empty line");
    }

    @Test
    void disabledProgressWritesNothing() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false, System::nanoTime);
        p.update(1, 0);
        p.clear();
        assertEquals("", err.toString());
    }

    @Test
    void dashAsOutputFileMeansStdout() throws Exception {
        Cli.Result r = Cli.run("extract", "-o", "-", ExtractCommandTest.SAMPLE_0);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(1, ExtractCommandTest.records(r.out()).size());
    }
}
