/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a stretch of work needs, two ways. The sum of the heap pools' peaks is an upper bound:
 * the pools peak at different moments and garbage not yet collected counts, so it can exceed -Xmx.
 * The largest heap in use right after a collection is what the work really keeps alive at its
 * worst. Both are reported, with the -Xmx the run did not exceed.
 */
final class HeapProbe {

    private static final AtomicLong AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                            used += usage.getUsed();
                        }
                        AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapProbe() {
    }

    /** Collects garbage and starts counting peaks from here. */
    static void reset() {
        System.gc();
        AFTER_GC.set(0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peak usage since {@link #reset()}, in MiB: an upper bound */
    static double peakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /**
     * @return the largest heap in use after a collection since {@link #reset()}, in MiB (non-heap
     *         pools that collectors report are included, which makes it a little larger)
     */
    static double peakAfterGcMiB() {
        return AFTER_GC.get() / (1024.0 * 1024.0);
    }

    /** @return the maximum heap (-Xmx), in MiB */
    static double maxMiB() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
