/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

/**
 * The size and seed of a synthetic country. The defaults are a country like Russia: 85 regions of
 * about 27 municipalities of about 17 organisations, about 40,000 organisations, two campaigns.
 *
 * @param regions                      the number of regions, 1..99
 * @param municipalitiesPerRegion      municipalities in each region, 1..999
 * @param organisationsPerMunicipality organisations in each municipality, 1..999
 * @param campaigns                    campaigns, consecutive academic years, 1..20
 * @param seed                         the seed: the same settings give the same data
 */
public record GeneratorSettings(int regions, int municipalitiesPerRegion, int organisationsPerMunicipality,
        int campaigns, long seed) {

    /** Default number of regions: the subjects of the Russian Federation. */
    public static final int DEFAULT_REGIONS = 85;
    /** Default municipalities per region. */
    public static final int DEFAULT_MUNICIPALITIES = 27;
    /** Default organisations per municipality. */
    public static final int DEFAULT_ORGANISATIONS = 17;
    /** Default campaigns: this year and last year, for prev() and "not below last year". */
    public static final int DEFAULT_CAMPAIGNS = 2;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;

    /** Checks the bounds; codes have two or three digits per level. */
    public GeneratorSettings {
        check(regions, 99, "regions"); //$NON-NLS-1$
        check(municipalitiesPerRegion, 999, "municipalitiesPerRegion"); //$NON-NLS-1$
        check(organisationsPerMunicipality, 999, "organisationsPerMunicipality"); //$NON-NLS-1$
        check(campaigns, 20, "campaigns"); //$NON-NLS-1$
    }

    /** @return the settings of a country of the default size with the default seed */
    public static GeneratorSettings country() {
        return new GeneratorSettings(DEFAULT_REGIONS, DEFAULT_MUNICIPALITIES, DEFAULT_ORGANISATIONS,
                DEFAULT_CAMPAIGNS, DEFAULT_SEED);
    }

    /** @return the number of organisations of the country */
    public int organisations() {
        return regions * municipalitiesPerRegion * organisationsPerMunicipality;
    }

    private static void check(int value, int max, String name) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be within 1.." + max + ": " + value); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
