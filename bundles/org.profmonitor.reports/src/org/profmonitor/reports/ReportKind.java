package org.profmonitor.reports;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.profmonitor.model.DecisionKind;

/** The reports of a campaign, each with its design and the rows it is made of. */
public enum ReportKind {
    /** The аналитическая справка of the whole campaign. */
    SPRAVKA(ReportEngineService.SPRAVKA),
    /** The card of one unit: needs a unit code. */
    CARD(ReportEngineService.CARD),
    /** The draft order or protocol that adopts the results and the recommendations. */
    DECISION(ReportEngineService.DECISION);

    private final String design;

    ReportKind(String design) {
        this.design = design;
    }

    /** @return the design's path in the reports bundle */
    public String design() {
        return design;
    }

    /** @return whether the report is about one unit, so that the caller must name it */
    public boolean needsUnit() {
        return this == CARD;
    }

    /**
     * @param results what the caller computed for the campaign
     * @param unitCode the unit of a {@link #CARD}; ignored by the others
     * @param form {@link DecisionKind#ORDER} or {@link DecisionKind#PROTOCOL} for a {@link #DECISION};
     *            ignored by the others
     * @return the rows the design reads
     * @throws NoSuchElementException if a card's unit is not in the region's directory
     */
    public ReportData rows(CampaignResults results, String unitCode, DecisionKind form) {
        return rows(results, unitCode, form, ReportSignature.NONE);
    }

    /**
     * @param results what the caller computed for the campaign
     * @param unitCode the unit of a {@link #CARD}; ignored by the others
     * @param form the decision's form; ignored by the others
     * @param signature the author and the issuing body the user set
     * @return the rows the design reads
     * @throws NoSuchElementException if a card's unit is not in the region's directory
     */
    public ReportData rows(CampaignResults results, String unitCode, DecisionKind form, ReportSignature signature) {
        return switch (this) {
            case SPRAVKA -> SpravkaData.build(results, signature);
            case CARD -> CardData.build(results, unitCode, signature);
            case DECISION -> DecisionData.build(results, form, signature);
        };
    }

    /** @return the name the command line uses, e.g. {@code spravka} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a name as the command line gives it
     * @return the kind
     * @throws IllegalArgumentException if there is no such kind
     */
    public static ReportKind of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
