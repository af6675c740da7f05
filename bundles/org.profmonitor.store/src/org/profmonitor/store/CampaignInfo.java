/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorFactory;

/**
 * A campaign's metadata as the store keeps it. The model's {@link Campaign} refers to its
 * indicator set and previous campaign as objects; the store keeps their ids, since indicator sets
 * live in the region bundles and not in the database.
 *
 * @param id             the campaign's id, e.g. {@code tver-2022-23}
 * @param indicatorSetId the {@link IndicatorSet#getId() id of its indicator set}
 * @param title          the title
 * @param academicYear   the academic year, e.g. {@code 2022/23}
 * @param periodStart    the first day of data collection, or {@code null}
 * @param periodEnd      the last day, or {@code null}
 * @param schedule       the schedule in words when it is not one period ("май и октябрь"), or {@code null}
 * @param status         the status
 * @param openingOrder   the order that opened the campaign, or {@code null}; a copy is kept
 * @param previousId     the previous campaign of the same set, for the comparison with last year, or {@code null}
 * @param note           a note, or {@code null}
 */
public record CampaignInfo(String id, String indicatorSetId, String title, String academicYear,
        LocalDate periodStart, LocalDate periodEnd, String schedule, CampaignStatus status, LegalAct openingOrder,
        String previousId, String note) {

    /** Requires the id, the set and the status. */
    public CampaignInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(indicatorSetId, "indicatorSetId"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
    }

    /**
     * @param campaign a model campaign with its indicator set
     * @return its metadata; the values are not part of it
     */
    public static CampaignInfo of(Campaign campaign) {
        IndicatorSet set = campaign.getIndicatorSet();
        Campaign previous = campaign.getPrevious();
        LegalAct order = campaign.getOpeningOrder();
        return new CampaignInfo(campaign.getId(), set == null ? null : set.getId(), campaign.getTitle(),
                campaign.getAcademicYear(), campaign.getPeriodStart(), campaign.getPeriodEnd(),
                campaign.getSchedule(), campaign.getStatus(), order == null ? null : EcoreUtil.copy(order),
                previous == null ? null : previous.getId(), campaign.getNote());
    }

    /**
     * @param set the indicator set named by {@link #indicatorSetId()}, as the caller resolved it
     * @return a new model campaign without values and without its previous campaign (the caller
     *         links that one when it has loaded it)
     */
    public Campaign toCampaign(IndicatorSet set) {
        Campaign campaign = ProfmonitorFactory.eINSTANCE.createCampaign();
        campaign.setId(id);
        campaign.setIndicatorSet(set);
        campaign.setTitle(title);
        campaign.setAcademicYear(academicYear);
        campaign.setPeriodStart(periodStart);
        campaign.setPeriodEnd(periodEnd);
        campaign.setSchedule(schedule);
        campaign.setStatus(status);
        campaign.setOpeningOrder(openingOrder == null ? null : EcoreUtil.copy(openingOrder));
        campaign.setNote(note);
        return campaign;
    }
}
