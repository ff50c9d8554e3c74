package dev.corpus.util;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    @Test
    void expiresWhenTheClockPassesTheBudget() {
        AtomicLong now = new AtomicLong(1_000);
        Deadline d = Deadline.after(Duration.ofSeconds(10), now::get);
        assertDoesNotThrow(d::check);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertFalse(d.expired());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(d.expired());
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, d::check);
        assertEquals("no result within the time budget of 10s of CPU time", e.getMessage());
    }

    @Test
    void theWallClockSparesCpuClockReadsWithoutChangingWhenItExpires() {
        java.util.Random random = new java.util.Random(11);
        for (int run = 0; run < 200; run++) {
            AtomicLong cpu = new AtomicLong(random.nextLong());
            AtomicLong wall = new AtomicLong(random.nextLong()); // either may wrap around
            AtomicLong cpuReads = new AtomicLong();
            Duration budget = Duration.ofMillis(1 + random.nextInt(1000));
            Deadline plain = Deadline.after(budget, cpu::get);
            Deadline bounded = Deadline.after(
                    budget,
                    () -> {
                        cpuReads.incrementAndGet();
                        return cpu.get();
                    },
                    wall::get);
            int checks = 0;
            while (!plain.expired()) {
                assertFalse(bounded.expired(), "run " + run + ", check " + checks);
                // a thread's CPU time advances by at most the wall time that passed (a busy thread: all of it)
                long step = random.nextInt(5_000_000);
                wall.addAndGet(step);
                cpu.addAndGet(random.nextInt(4) == 0 ? step / (1 + random.nextInt(4)) : step);
                checks++;
            }
            assertTrue(bounded.expired(), "expires at the same check, run " + run);
            assertTrue(cpuReads.get() < checks / 4 + 3, cpuReads + " CPU clock reads for " + checks + " checks");
        }
    }

    @Test
    void noneNeverExpiresButAnInterruptStopsEveryDeadline() {
        assertFalse(Deadline.NONE.expired());
        assertDoesNotThrow(Deadline.NONE::check);
        Thread.currentThread().interrupt();
        try {
            assertThrows(Deadline.Exceeded.class, Deadline.NONE::check);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aGuardedTextStopsABacktrackingRegexAtTheDeadline() {
        // catastrophic backtracking: eleven lazy groups over a list of 25 numbers without a "P" take seconds
        Pattern evil = Pattern.compile("(.*?,){11}P");
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            list.append(i).append(i < 25 ? "," : "");
        }
        String text = list.toString();
        // made on the thread that checks it: the budget is that thread's CPU time
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Deadline budget = Deadline.after(Duration.ofMillis(50));
            assertThrows(Deadline.Exceeded.class, () -> evil.matcher(budget.guard(text))
                    .find());
        });
        Deadline d = Deadline.after(Duration.ofSeconds(1));
        assertEquals(text, d.guard(text).toString());
        assertEquals(",2,", d.guard(text).subSequence(1, 4).toString());
        assertTrue(Deadline.NONE.guard(text) == text, "no wrapper without a budget");
    }

    @Test
    void budgetsAreDescribedAsWritten() {
        assertEquals("2m", Deadline.describe(Duration.ofMinutes(2)));
        assertEquals("10s", Deadline.describe(Duration.ofSeconds(10)));
        assertEquals("1500ms", Deadline.describe(Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ZERO));
    }
}
