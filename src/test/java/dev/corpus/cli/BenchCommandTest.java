package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void measuresTheFloorAndTheFullRunSideBySide() {
        Cli.Result r = Cli.run("bench", "--threads", "1", "--warmup", "1", "samples");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("corpus bench: 2 inputs, "), lines[0]);
        assertTrue(lines[1].startsWith("phase "), lines[1]);
        String[] floor = lines[2].trim().split("\\s+");
        String[] full = lines[3].trim().split("\\s+");
        assertEquals("floor", floor[0]);
        assertEquals("2", floor[1]);
        assertEquals("full", full[0]);
        assertEquals("2", full[1]);
        assertEquals(lines[1].trim().split("\\s+").length, full.length, Arrays.toString(full));
        assertTrue(r.out().contains("ratio full/floor: cpu-s "), r.out());
        assertTrue(
                r.out()
                        .matches("(?s).*\nfull: corpus-learning pre-pass \\d+\\.\\d\\d cpu-s, main thread "
                                + "\\d+\\.\\d\\d cpu-s, 0 records with errors\n.*"),
                r.out());
    }

    @Test
    void runsOnePhaseWhenAsked() {
        Cli.Result r = Cli.run("bench", "--phase", "floor", "samples");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("\nfloor "), r.out());
        assertFalse(r.out().contains("\nfull "), r.out());
    }

    @Test
    void rejectsAnUnknownPhaseAndStaysOutOfTheHelp() {
        assertEquals(
                ExitCodes.USAGE, Cli.run("bench", "--phase", "jit", "samples").code());
        assertFalse(Cli.run("--help").out().contains("bench"));
    }
}
