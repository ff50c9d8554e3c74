package dev.corpus.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * What one phase of a benchmark cost the whole process: wall time, CPU time (user + system, all threads,
 * JIT and GC included), peak resident set (Linux VmHWM, reset per phase where the kernel allows it), peak
 * heap, and the most heap any collection left in use (what the phase kept alive, without the garbage the
 * collector had not reached yet, which makes the peak heap depend on the collector's pacing), and the CPU time
 * of the JIT compiler threads (part of the CPU time: in a run of a few thousand pages, about as much as the
 * pipeline's own work). Figures the kernel or the JVM does not give are -1.
 */
final class ProcessMeter {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final Path TASKS = Path.of("/proc/self/task");
    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture Java runs on. */
    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final long startNanos;
    private final double startCpu;
    private final AfterGc afterGc;
    private final double startJit;

    private ProcessMeter(long startNanos, double startCpu, AfterGc afterGc, double startJit) {
        this.startNanos = startNanos;
        this.startCpu = startCpu;
        this.afterGc = afterGc;
        this.startJit = startJit;
    }

    /** The figures of one phase. Sizes in bytes, times in seconds. */
    record Figures(
            double wallSeconds,
            double cpuSeconds,
            long peakRss,
            long peakHeap,
            long peakHeapAfterGc,
            double jitSeconds) {}

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
        return new ProcessMeter(System.nanoTime(), cpuSeconds(), AfterGc.listen(), jitSeconds());
    }

    Figures stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = cpuSeconds() - startCpu;
        long heap = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            heap += pool.getPeakUsage().getUsed();
        }
        double jit = jitSeconds();
        return new Figures(wall, cpu, peakRss(), heap, afterGc.stop(), jit < 0 ? -1 : jit - startJit);
    }

    /**
     * The CPU time of the JIT compiler threads so far (HotSpot's "C1/C2 CompilerThread", from Linux's
     * /proc/self/task), or -1. A compiler thread that ended takes its time with it, so this is a lower bound
     * when the JVM varies their number (it does not with two CPUs).
     */
    static double jitSeconds() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                ticks += compilerTicks(task.resolve("stat"));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return -1;
        }
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    /** user + system clock ticks of a compiler thread, 0 for another thread or one that ended. */
    private static long compilerTicks(Path stat) {
        String line;
        try {
            line = Files.readString(stat, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return 0;
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open || !line.substring(open + 1, close).contains("CompilerThre")) {
            return 0;
        }
        // after "(comm)": state, ppid, ... with utime and stime the 12th and 13th
        String[] rest = line.substring(close + 2).split(" ");
        try {
            return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The calling thread's CPU time so far, or -1: in a benchmark, the main thread's share (it walks the inputs,
     * hands them to the workers and writes the records), which a second worker does not divide.
     */
    static double threadCpuSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1e9 : -1;
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

    /** The most heap in use after any collection while it listens, from the collectors' notifications. */
    private static final class AfterGc implements NotificationListener {
        private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";
        private final AtomicLong max = new AtomicLong(-1);
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Set<String> heap =
                heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

        static AfterGc listen() {
            AfterGc listener = new AfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    listener.emitters.add(emitter);
                }
            }
            return listener;
        }

        /**
         * Reads the notification's open data (gcInfo, then memoryUsageAfterGc by pool name) rather than
         * through com.sun.management's classes, which are not part of the portable API.
         */
        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GC_NOTIFICATION) || !(n.getUserData() instanceof CompositeData data)) {
                return;
            }
            if (!(data.get("gcInfo") instanceof CompositeData gcInfo)
                    || !(gcInfo.get("memoryUsageAfterGc") instanceof TabularData after)) {
                return;
            }
            Set<String> heap =
                    heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            long used = 0;
            for (Object row : after.values()) {
                if (row instanceof CompositeData entry
                        && heap.contains(String.valueOf(entry.get("key")))
                        && entry.get("value") instanceof CompositeData usage) {
                    used += MemoryUsage.from(usage).getUsed();
                }
            }
            max.accumulateAndGet(used, Math::max);
        }

        long stop() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // already gone
                }
            }
            return max.get();
        }
    }
}
