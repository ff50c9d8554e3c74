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
        // The compilers cannot have run longer than the phase on every core (plus a 10 ms /proc tick each end),
        // where the JVM's whole JIT time so far would be far more. Not compared with the phase's process CPU:
        // the kernel accounts that apart from each thread's, and under load it lagged a compiler thread's
        // figure by 0.1 s once.
        double most = f.wallSeconds() * Runtime.getRuntime().availableProcessors() + 0.02;
        assertTrue(f.jitSeconds() >= 0 && f.jitSeconds() <= most, f.toString());
    }
}
