/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.profmonitor.exchange.internal.xlsx.TemplateWorkbook;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;

/**
 * Generates the XLSX data-collection workbooks of a campaign. Each organisation's sheet shows the
 * campaign, the organisation's name and code and its municipality, then one row per data element
 * with its code, name, unit and allowed values and an input cell guarded by Excel data validation.
 * A hidden sheet records the campaign id and the organisation code of each sheet, which is what
 * {@link DataImporter} reads back.
 */
public final class TemplateGenerator {

    private static final String EXTENSION = ".xlsx"; //$NON-NLS-1$

    private final IndicatorSet indicatorSet;
    private final Directory directory;
    private final TemplateWorkbook workbook;

    /**
     * @param indicatorSet  the campaign's indicator set (its data elements become the rows)
     * @param directory     the region's directory
     * @param campaignId    the campaign's id
     * @param campaignTitle the campaign's title for the header, or {@code null} to show the id
     */
    public TemplateGenerator(IndicatorSet indicatorSet, Directory directory, String campaignId, String campaignTitle) {
        this.indicatorSet = Objects.requireNonNull(indicatorSet, "indicatorSet"); //$NON-NLS-1$
        this.directory = Objects.requireNonNull(directory, "directory"); //$NON-NLS-1$
        this.workbook = new TemplateWorkbook(indicatorSet, Objects.requireNonNull(campaignId, "campaignId"), //$NON-NLS-1$
                campaignTitle);
    }

    /**
     * @param campaign  the campaign, with its indicator set
     * @param directory the region's directory
     * @return a generator for the campaign
     */
    public static TemplateGenerator forCampaign(Campaign campaign, Directory directory) {
        return new TemplateGenerator(campaign.getIndicatorSet(), directory, campaign.getId(), campaign.getTitle());
    }

    /** @return the indicator set whose data elements the templates ask for */
    public IndicatorSet indicatorSet() {
        return indicatorSet;
    }

    /**
     * Generates the templates of every organisation of the directory.
     *
     * @see #generate(Path, TemplateLayout, Predicate)
     */
    public List<Path> generate(Path folder, TemplateLayout layout) throws IOException {
        return generate(folder, layout, organisation -> true);
    }

    /**
     * Generates the templates of the organisations accepted by a filter, replacing files of the
     * same name.
     *
     * @param folder the folder to write into; created if missing
     * @param layout one file per organisation or per municipality
     * @param which  which organisations get a template, for example those of one municipality
     * @return the files written, in directory order
     * @throws IOException if a file cannot be written
     */
    public List<Path> generate(Path folder, TemplateLayout layout, Predicate<Organisation> which) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Municipality municipality : directory.getMunicipalities()) {
            List<Organisation> organisations = municipality.getOrganisations().stream().filter(which).toList();
            if (organisations.isEmpty()) {
                continue;
            }
            if (layout == TemplateLayout.PER_MUNICIPALITY) {
                Path file = folder.resolve(fileName(municipality.getCode()));
                workbook.write(file, organisations);
                written.add(file);
            } else {
                for (Organisation organisation : organisations) {
                    Path file = folder.resolve(fileName(organisation.getCode()));
                    workbook.write(file, List.of(organisation));
                    written.add(file);
                }
            }
        }
        return written;
    }

    private static String fileName(String code) {
        // codes are letters, digits and hyphens; anything else must not escape the folder
        return code.replaceAll("[^\\p{L}\\p{N}._-]", "_") + EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
