package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.VariedCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same corpus gives the same bytes on one thread and on eight, in every format, corpus learning on. */
class ThreadCountTest {
    @TempDir
    Path tmp;

    @Test
    void oneAndEightThreadsGiveIdenticalBytes() throws Exception {
        Path dir = tmp.resolve("corpus");
        int files = VariedCorpus.write(dir).size();
        for (String format : List.of("jsonl", "csv")) {
            Cli.Result one = Cli.run("extract", "--threads", "1", "--format", format, dir.toString());
            Cli.Result eight = Cli.run("extract", "--threads", "8", "--format", format, dir.toString());
            assertEquals(ExitCodes.INPUT_ERRORS, one.code(), one.err()); // the two bad files
            assertEquals(one.code(), eight.code());
            assertEquals(one.out(), eight.out(), format);
            assertEquals(one.err(), eight.err());
        }
        assertEquals(
                files,
                ExtractCommandTest.records(Cli.run("extract", "--threads", "8", dir.toString())
                                .out())
                        .size());
        for (String view : List.of("actors", "events")) {
            Cli.Result one = Cli.run(view, "--threads", "1", "--format", "jsonl", dir.toString());
            Cli.Result eight = Cli.run(view, "--threads", "8", "--format", "jsonl", dir.toString());
            assertEquals(one.out(), eight.out(), view);
        }
    }
}
