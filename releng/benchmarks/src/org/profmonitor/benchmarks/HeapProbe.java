/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of a stretch of work, from the JVM's memory pools. The sum of the pools' peaks is
 * an upper bound (the pools peak at different moments) and counts garbage not yet collected, so
 * the honest statement is the pair: this peak, reached under this -Xmx without running out.
 */
final class HeapProbe {

    private HeapProbe() {
    }

    /** Collects garbage and starts counting peaks from here. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peak usage since {@link #reset()}, in MiB */
    static double peakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /** @return the heap in use after a collection, in MiB: what the work keeps */
    static double liveMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** @return the maximum heap (-Xmx), in MiB */
    static double maxMiB() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
