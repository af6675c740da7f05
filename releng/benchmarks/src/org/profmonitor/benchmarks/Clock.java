/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.util.Arrays;

/** Wall-clock timing: one run for the long measurements, the median of several for the short ones. */
final class Clock {

    /** Work to time. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Clock() {
    }

    /** @return seconds taken by one run */
    static double once(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * @param warmUps runs not counted: the JIT compiles the code first
     * @param runs    runs counted
     * @return the median seconds of the counted runs
     */
    static double median(int warmUps, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = once(work);
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    /**
     * Times a piece of work and its baseline in alternate runs, so that both see the same load of
     * a shared machine (other builds come and go within seconds; timed one after the other, the
     * two would see different machines).
     *
     * @param warmUps  runs of each not counted
     * @param rounds   rounds counted, each one run of the baseline and one of the work
     * @return the median seconds of the baseline and of the work
     */
    static double[] paired(int warmUps, int rounds, Work baseline, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            baseline.run();
            work.run();
        }
        double[] base = new double[rounds];
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            base[i] = once(baseline);
            seconds[i] = once(work);
        }
        Arrays.sort(base);
        Arrays.sort(seconds);
        return new double[] { base[rounds / 2], seconds[rounds / 2] };
    }
}
