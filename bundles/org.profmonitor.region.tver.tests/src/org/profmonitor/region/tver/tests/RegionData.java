package org.profmonitor.region.tver.tests;

import org.profmonitor.region.testing.RegionUnderTest;

/** The Tver region bundle as the tests load it. */
final class RegionData {

    static final RegionUnderTest REGION = new RegionUnderTest("org.profmonitor.region.tver",
            "org.profmonitor.region.tver.set2022");

    private RegionData() {
    }
}
