package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessMeterTest {
    @Test
    void theJitCompilersTimeIsReadOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        // the test JVM has compiled a good deal by now: its compiler threads have had CPU time
        double jit = ProcessMeter.jitSeconds();
        assertTrue(jit > 0, "JIT cpu-s " + jit);
        assertTrue(jit <= ProcessMeter.cpuSeconds(), "part of the process's CPU time");
    }

    @Test
    void aPhaseReportsItsOwnJitTime() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        ProcessMeter meter = ProcessMeter.start();
        ProcessMeter.Figures f = meter.stop();
        // /proc counts in 10 ms ticks, the process's CPU time in nanoseconds
        assertTrue(f.jitSeconds() >= 0 && f.jitSeconds() <= f.cpuSeconds() + 0.02, f.toString());
    }
}
