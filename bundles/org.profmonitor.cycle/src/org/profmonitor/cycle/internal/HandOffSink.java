package org.profmonitor.cycle.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.profmonitor.store.CampaignValueSink;

/**
 * Runs a sink on a thread of its own, fed in batches: the thread that scans the database only
 * decodes rows while another files them into columns. Derby's scan is one thread's work; the
 * filing (a code lookup and a column store per row) is as much again, and on two cores the two
 * overlap. A failure of the sink stops the scan at its next batch and is thrown by {@link #finish()}.
 * <p>
 * Use: {@code accept} from one thread (the scan), then {@code finish()} in a {@code finally}. Not
 * reusable.
 */
public final class HandOffSink implements CampaignValueSink, AutoCloseable {

    private static final int BATCH = 4096;
    /* batches in flight: the scan can run ahead of the filing by this much */
    private static final int BATCHES = 4;

    private final CampaignValueSink target;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES);
    private final Thread worker;
    private volatile Throwable failure;
    private Batch filling;
    private boolean finished;
    /* the failure was thrown from accept already: finish() must not throw it a second time */
    private boolean thrown;

    /** Rows of the scan, as they came. */
    private static final class Batch {
        final String[] campaigns = new String[BATCH];
        final String[] organisations = new String[BATCH];
        final String[] elements = new String[BATCH];
        final String[] disaggregations = new String[BATCH];
        final double[] values = new double[BATCH];
        int size;
    }

    /* marks the end of the scan in the queue of full batches */
    private static final Batch END = new Batch();

    /**
     * Starts the filing thread.
     *
     * @param target the sink to run on it
     * @param name the thread's name
     */
    public HandOffSink(CampaignValueSink target, String name) {
        this.target = target;
        for (int i = 0; i < BATCHES; i++) {
            empty.add(new Batch());
        }
        worker = new Thread(this::file, name);
        worker.setDaemon(true);
        worker.start();
        filling = take(empty);
    }

    @Override
    public void accept(String campaignId, String organisationCode, String elementCode, String disaggregation,
            double value) {
        Batch batch = filling;
        int i = batch.size;
        batch.campaigns[i] = campaignId;
        batch.organisations[i] = organisationCode;
        batch.elements[i] = elementCode;
        batch.disaggregations[i] = disaggregation;
        batch.values[i] = value;
        batch.size = i + 1;
        if (batch.size == BATCH) {
            if (failure != null) {
                thrown = true;
                rethrowFailure(); // the filing failed: stop the scan
            }
            put(batch);
            filling = take(empty);
        }
    }

    /**
     * Hands over the last rows, waits for the filing to end and throws what it failed with, unless
     * {@link #accept} threw it already. Once the worker has ended, what the target received is
     * visible to the caller.
     *
     * @throws RuntimeException or Error: what the target sink threw
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (filling.size > 0) {
            put(filling);
        }
        put(END);
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true; // the worker ends on END; wait for it, keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (!thrown) {
            rethrowFailure();
        }
    }

    /** The same as {@link #finish()}: for try-with-resources. */
    @Override
    public void close() {
        finish();
    }

    private void file() {
        while (true) {
            Batch batch = take(full);
            if (batch == END) {
                return;
            }
            if (failure == null) {
                try {
                    for (int i = 0; i < batch.size; i++) {
                        target.accept(batch.campaigns[i], batch.organisations[i], batch.elements[i],
                                batch.disaggregations[i], batch.values[i]);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e; // later batches are only given back, so that the scan never waits
                }
            }
            batch.size = 0;
            empty.add(batch);
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    private void put(Batch batch) {
        // never blocks for long: the worker gives every batch back, failed or not
        boolean interrupted = false;
        while (true) {
            try {
                full.put(batch);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Batch take(BlockingQueue<Batch> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
