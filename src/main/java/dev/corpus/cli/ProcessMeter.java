package dev.corpus.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
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
 * collector had not reached yet, which makes the peak heap depend on the collector's pacing). Figures the
 * kernel or the JVM does not give are -1.
 */
final class ProcessMeter {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final long startNanos;
    private final double startCpu;
    private final AfterGc afterGc;

    private ProcessMeter(long startNanos, double startCpu, AfterGc afterGc) {
        this.startNanos = startNanos;
        this.startCpu = startCpu;
        this.afterGc = afterGc;
    }

    /** The figures of one phase. Sizes in bytes, times in seconds. */
    record Figures(double wallSeconds, double cpuSeconds, long peakRss, long peakHeap, long peakHeapAfterGc) {}

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
        return new ProcessMeter(System.nanoTime(), cpuSeconds(), AfterGc.listen());
    }

    Figures stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = cpuSeconds() - startCpu;
        long heap = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            heap += pool.getPeakUsage().getUsed();
        }
        return new Figures(wall, cpu, peakRss(), heap, afterGc.stop());
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
