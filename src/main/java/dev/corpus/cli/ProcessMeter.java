package dev.corpus.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one phase of a benchmark cost the whole process: wall time, CPU time (user + system, all threads,
 * JIT and GC included), peak resident set (Linux VmHWM, reset per phase where the kernel allows it) and
 * peak heap. Figures the kernel does not give are -1.
 */
final class ProcessMeter {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final long startNanos;
    private final double startCpu;

    private ProcessMeter(long startNanos, double startCpu) {
        this.startNanos = startNanos;
        this.startCpu = startCpu;
    }

    /** The figures of one phase. Sizes in bytes, times in seconds. */
    record Figures(double wallSeconds, double cpuSeconds, long peakRss, long peakHeap) {}

    /** Starts a phase: resets the peaks so that they are this phase's own. */
    static ProcessMeter start() {
        System.gc(); // the previous phase's garbage is not this phase's heap
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII); // resets VmHWM (Linux >= 4.0)
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // VmHWM then covers the process so far: an upper bound
        }
        return new ProcessMeter(System.nanoTime(), cpuSeconds());
    }

    Figures stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = cpuSeconds() - startCpu;
        long heap = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            heap += pool.getPeakUsage().getUsed();
        }
        return new Figures(wall, cpu, peakRss(), heap);
    }

    /** The process's CPU time so far, or -1. */
    static double cpuSeconds() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .map(n -> n / 1e9)
                .orElse(-1.0);
    }

    /** VmHWM in bytes, or -1 off Linux. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    String kb =
                            line.substring("VmHWM:".length()).replace("kB", "").trim();
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // not Linux
        }
        return -1;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }
}
