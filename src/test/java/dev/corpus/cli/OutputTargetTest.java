package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
    @TempDir
    Path tmp;

    @Test
    void aFileTargetSaysWhichFileFailedAndWhy() throws Exception {
        String name = tmp.resolve("out.jsonl").toString();
        StringWriter err = new StringWriter();
        try (OutputTarget target = OutputTarget.file(name)) {
            int code = target.writeFailed(
                    new PrintWriter(err, true), new FileSystemException(name, null, "No space left on device"));
            assertEquals(ExitCodes.OUTPUT, code);
        }
        assertEquals("corpus: cannot write " + name + ": No space left on device\n", err.toString());
    }

    @Test
    void aFileTargetWithoutACauseSaysTheWriteFailed() throws Exception {
        String name = tmp.resolve("out.jsonl").toString();
        StringWriter err = new StringWriter();
        try (OutputTarget target = OutputTarget.file(name)) {
            assertEquals(ExitCodes.OUTPUT, target.writeFailed(new PrintWriter(err, true), null));
        }
        assertEquals("corpus: cannot write " + name + ": write failed\n", err.toString());
    }

    @Test
    void standardOutputFailsSilently() {
        StringWriter err = new StringWriter();
        OutputTarget target = OutputTarget.stdout(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.OUTPUT, target.writeFailed(new PrintWriter(err, true), new IOException("Broken pipe")));
        assertEquals("", err.toString(), "a closed stdout is normal (| head)");
    }

    @Test
    void anOpenFailureIsReportedForAFileOnly() {
        OutputTarget.OutputException e = new OutputTarget.OutputException("cannot write x: is a directory");
        OutputOption file = new OutputOption();
        file.file = "x";
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OUTPUT, file.failed(new PrintWriter(err, true), e));
        assertEquals("corpus: cannot write x: is a directory\n", err.toString());

        OutputOption stdout = new OutputOption();
        StringWriter quiet = new StringWriter();
        assertEquals(ExitCodes.OUTPUT, stdout.failed(new PrintWriter(quiet, true), e));
        assertEquals("", quiet.toString());
    }
}
