/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.profmonitor.model.DataElement;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;

/**
 * The campaign's directory and indicator set, looked up by code. Codes match regardless of case
 * and surrounding spaces, because people retype them in spreadsheets.
 *
 * @param indicatorSet the campaign's indicator set
 * @param directory    the region's directory
 * @param campaignId   the campaign being imported into, or {@code null} to accept any template
 */
public record ReferenceData(IndicatorSet indicatorSet, Directory directory, String campaignId,
        Map<String, Organisation> organisations, Map<String, DataElement> elements) {

    /** Builds the look-up tables. */
    public static ReferenceData of(IndicatorSet indicatorSet, Directory directory, String campaignId) {
        Map<String, Organisation> organisations = new HashMap<>();
        for (Municipality municipality : directory.getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                organisations.put(key(organisation.getCode()), organisation);
            }
        }
        Map<String, DataElement> elements = new HashMap<>();
        for (DataElement element : indicatorSet.getDataElements()) {
            elements.put(key(element.getCode()), element);
        }
        return new ReferenceData(indicatorSet, directory, campaignId, Map.copyOf(organisations),
                Map.copyOf(elements));
    }

    /** @return the organisation with this code, or {@code null} */
    public Organisation organisation(String code) {
        return code == null ? null : organisations.get(key(code));
    }

    /** @return the data element with this code, or {@code null} */
    public DataElement element(String code) {
        return code == null ? null : elements.get(key(code));
    }

    /** @return the data elements in the order of the indicator set */
    public List<DataElement> elementsInOrder() {
        return indicatorSet.getDataElements();
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
