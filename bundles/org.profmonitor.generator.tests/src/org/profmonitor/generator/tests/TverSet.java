/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;

/** Tver's installed set: the generator is meant for real sets, so the tests use one. */
final class TverSet {

    static final String ID = "org.profmonitor.region.tver.set2022"; //$NON-NLS-1$

    private TverSet() {
    }

    static IndicatorSetContribution contribution() {
        return IndicatorSetRegistry.getDefault().find(ID).orElseThrow();
    }
}
