/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.generator.internal.CsvValueWriter;
import org.profmonitor.generator.internal.Messages;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Target;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Generates a synthetic country's campaigns for an installed indicator set: the campaigns'
 * metadata (each the previous one of the next), their values through the store's
 * {@link org.profmonitor.store.BulkValueLoader bulk path}, and on request the CSV files the
 * import reads, one per campaign and region ({@code DIR/CAMPAIGN/REGION.csv}).
 */
public final class CountryGenerator {

    /** The user the audit records for generated values. */
    public static final String USER = "generator"; //$NON-NLS-1$

    /** Campaign ids start with it, then the academic year: {@code synthetic-2022-23}. */
    public static final String CAMPAIGN_PREFIX = "synthetic-"; //$NON-NLS-1$

    /**
     * What was generated.
     *
     * @param campaignIds   the campaigns, oldest first
     * @param organisations the organisations of the country
     * @param values        the values written, over all campaigns
     */
    public record Result(List<String> campaignIds, int organisations, long values) {
    }

    /** Hears of each campaign written, for a progress line. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param campaignId the campaign just written
         * @param values     its values
         */
        void campaignWritten(String campaignId, long values);
    }

    private final IndicatorSet set;
    private final String setId;
    private final SyntheticCountry country;
    private final SyntheticValues values;

    /**
     * @param set     the indicator set whose data elements are generated
     * @param setId   the id campaigns name the set by (a contribution's id)
     * @param country the directories
     */
    public CountryGenerator(IndicatorSet set, String setId, SyntheticCountry country) {
        this.set = Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        this.setId = Objects.requireNonNull(setId, "setId"); //$NON-NLS-1$
        this.country = country;
        this.values = new SyntheticValues(country, set);
    }

    /** @return the values generator over the country */
    public SyntheticValues values() {
        return values;
    }

    /**
     * @return the academic years of the campaigns, oldest first: the newest is the newest year the
     *         set has targets for, so that plans are checked
     */
    public List<String> academicYears() {
        int newest = newestTargetYear();
        int count = country.settings().campaigns();
        List<String> years = new ArrayList<>(count);
        for (int k = count - 1; k >= 0; k--) {
            int start = newest - k;
            years.add(start + "/" + String.format("%02d", (start + 1) % 100)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return years;
    }

    /**
     * @param academicYear e.g. {@code 2022/23}
     * @return the id of the synthetic campaign of that year
     */
    public static String campaignId(String academicYear) {
        return CAMPAIGN_PREFIX + academicYear.replace('/', '-');
    }

    /**
     * Writes the campaigns into a database: all campaigns must be new there. Each campaign's values
     * go in one transaction.
     *
     * @param store    the open database
     * @param progress told of each campaign, or {@code null}
     * @return what was written
     * @throws StoreException when a campaign already has values or the database fails
     */
    public Result writeTo(Store store, Progress progress) throws StoreException {
        List<String> ids = new ArrayList<>();
        long total = 0;
        String previous = null;
        List<String> years = academicYears();
        for (int k = 0; k < years.size(); k++) {
            String id = campaignId(years.get(k));
            CampaignStatus status = k == years.size() - 1 ? CampaignStatus.COLLECTING : CampaignStatus.CLOSED;
            store.campaigns().save(new CampaignInfo(id, setId, NLS.bind(Messages.Campaign_Title, years.get(k)),
                    years.get(k), null, null, null, status, null, previous,
                    NLS.bind(Messages.Campaign_Note, country.settings().seed(), country.settings().organisations())));
            int campaign = k;
            long written = store.bulk().load(id, USER, null, sink -> values.forEachValue(campaign, sink));
            if (progress != null) {
                progress.campaignWritten(id, written);
            }
            total += written;
            ids.add(id);
            previous = id;
        }
        return new Result(List.copyOf(ids), country.settings().organisations(), total);
    }

    /**
     * Writes the CSV files the import reads: {@code folder/CAMPAIGN/REGION.csv}.
     *
     * @param folder the folder, created if missing
     * @return the files, campaign by campaign, region by region
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeCsv(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> years = academicYears();
        for (int k = 0; k < years.size(); k++) {
            for (Directory region : country.regions()) {
                Path file = folder.resolve(campaignId(years.get(k))).resolve(region.getRegion().getCode() + ".csv"); //$NON-NLS-1$
                try (CsvValueWriter writer = new CsvValueWriter(file)) {
                    values.forEachValue(region, k, writer);
                }
                files.add(file);
            }
        }
        return files;
    }

    private int newestTargetYear() {
        int newest = -1;
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                for (Target target : indicator.getTargets()) {
                    newest = Math.max(newest, startYear(target.getAcademicYear()));
                }
            }
        }
        return newest > 0 ? newest : java.time.Year.now().getValue() - 1;
    }

    private static int startYear(String academicYear) {
        if (academicYear == null || academicYear.length() < 4) {
            return -1;
        }
        try {
            return Integer.parseInt(academicYear.substring(0, 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
