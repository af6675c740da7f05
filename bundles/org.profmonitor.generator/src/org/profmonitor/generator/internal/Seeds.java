/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

/**
 * Derives a random seed per organisation and purpose from the country's seed and the code. Keying
 * on the code, not on a running index, keeps an organisation's figures the same whatever order or
 * country size it is generated in, so a small test country is a true sample of the big one.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * @param seed    the country's seed
     * @param code    an organisation's code
     * @param purpose what the numbers are for (kind, size, one campaign's figures...)
     * @return a well-mixed seed for a {@link java.util.SplittableRandom}
     */
    public static long of(long seed, String code, long purpose) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < code.length(); i++) {
            h = mix(h ^ code.charAt(i));
        }
        return mix(h ^ purpose);
    }

    /* SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
