package org.profmonitor.cycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-off of scanned rows to a filing thread: every row in order, and failures surface. */
class HandOffSinkTest {

    @Test
    void everyRowArrivesInOrderOnTheOtherThread() {
        List<String> received = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int rows = 3 * 4096 + 17; // several full batches and a partial one
        try (HandOffSink sink = new HandOffSink((campaign, organisation, element, disaggregation, value) -> {
            received.add(campaign + "/" + organisation + "/" + element + "/" + disaggregation + "=" + value);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        }, "test")) {
            for (int i = 0; i < rows; i++) {
                sink.accept("C" + (i % 2), "O" + i, "E" + (i % 7), i % 5 == 0 ? "D" : "", i);
            }
        }
        assertEquals(rows, received.size());
        for (int i = 0; i < rows; i++) {
            assertEquals("C" + (i % 2) + "/O" + i + "/E" + (i % 7) + "/" + (i % 5 == 0 ? "D" : "") + "=" + (double) i,
                    received.get(i));
        }
        assertNotEquals(Thread.currentThread(), threads.get(0));
    }

    @Test
    void noRowsIsFine() {
        List<String> received = new ArrayList<>();
        new HandOffSink((c, o, e, d, v) -> received.add(o), "test").finish();
        assertTrue(received.isEmpty());
    }

    @Test
    void aFailureOfTheFilingStopsTheScanAndIsThrownOnce() {
        IllegalStateException broken = new IllegalStateException("broken");
        int[] filed = new int[1];
        HandOffSink sink = new HandOffSink((c, o, e, d, v) -> {
            if (++filed[0] == 10) {
                throw broken;
            }
        }, "test");
        int offered = 0;
        IllegalStateException thrown = null;
        try {
            for (; offered < 1_000_000; offered++) {
                sink.accept("C", "O" + offered, "E", "", offered);
            }
        } catch (IllegalStateException e) {
            thrown = e;
        }
        assertSame(broken, thrown, "the scan is stopped by the filing's failure");
        assertTrue(offered < 1_000_000, "stopped early: " + offered);
        sink.finish(); // already thrown from accept: not again, and the worker has ended
        assertEquals(10, filed[0], "nothing filed after the failure");
    }

    @Test
    void aFailureInTheLastBatchIsThrownByFinish() {
        Error broken = new AssertionError("broken");
        HandOffSink sink = new HandOffSink((c, o, e, d, v) -> {
            throw broken;
        }, "test");
        sink.accept("C", "O", "E", "", 1);
        Throwable thrown = null;
        try {
            sink.finish();
        } catch (AssertionError e) {
            thrown = e;
        }
        assertSame(broken, thrown);
        sink.finish(); // finished: nothing more
    }

    @Test
    void aFailedScanStillEndsTheWorker() {
        List<Thread> threads = new ArrayList<>();
        RuntimeException scan = null;
        try (HandOffSink handOff = new HandOffSink((c, o, e, d, v) -> {
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        }, "test")) {
            for (int i = 0; i < 5000; i++) {
                handOff.accept("C", "O", "E", "", i);
            }
            throw new IllegalStateException("the database failed");
        } catch (IllegalStateException e) {
            scan = e;
        }
        assertEquals("the database failed", scan.getMessage());
        assertEquals(0, scan.getSuppressed().length);
        assertFalse(threads.get(0).isAlive(), "the filing thread ended");
    }
}
