package org.profmonitor.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.UnitLevel;

/**
 * The sentences every document of a campaign starts with: what was monitored, on which legal
 * basis, when, and who took part. The справка, the card and the decision share them.
 */
public final class CampaignTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy"); //$NON-NLS-1$

    private CampaignTexts() {
    }

    /** «мониторинга работы по …» from the set's title «Мониторинг работы по …». */
    public static String monitoringOf(IndicatorSet set) {
        String title = set.getTitle() == null ? "" : set.getTitle().strip(); //$NON-NLS-1$
        String word = "Мониторинг "; //$NON-NLS-1$
        if (title.startsWith(word)) {
            return Messages.Spravka_Monitoring + ' ' + title.substring(word.length());
        }
        return title.isEmpty() ? Messages.Spravka_Monitoring : Messages.Spravka_Monitoring + " «" + title + '»'; //$NON-NLS-1$
    }

    /**
     * The order that opened the campaign and, when it is another act, the regulation that set the
     * indicators and their plan values.
     */
    public static String basis(IndicatorSet set, Campaign campaign) {
        LegalAct regulation = set.getRegulation();
        boolean sameAct = regulation != null && campaign.getOpeningOrder() != null
                && Objects.equals(regulation.getNumber(), campaign.getOpeningOrder().getNumber());
        String basis = act(Messages.Spravka_Basis, campaign.getOpeningOrder(), false);
        String regulationText = sameAct ? "" : act(Messages.Spravka_Regulation, regulation, true); //$NON-NLS-1$
        return (basis + ' ' + regulationText).strip();
    }

    /**
     * @param act a legal act, or {@code null}
     * @return «от 30.12.2022 № 1371/ПК «title»» or empty
     */
    public static String reference(LegalAct act) {
        return act == null ? "" : act(Messages.Act_Reference, act, false); //$NON-NLS-1$
    }

    /** @return the period or the schedule of data collection, or empty */
    public static String period(Campaign campaign) {
        if (campaign.getPeriodStart() != null && campaign.getPeriodEnd() != null) {
            return NLS.bind(Messages.Spravka_Period, date(campaign.getPeriodStart()), date(campaign.getPeriodEnd()));
        }
        return campaign.getSchedule() == null ? "" : NLS.bind(Messages.Spravka_Schedule, campaign.getSchedule()); //$NON-NLS-1$
    }

    /** «В мониторинге приняли участие X из Y образовательных организаций (Z %) из N …». */
    public static String participation(Units units, Set<String> reporting, FormulaFormat format) {
        List<Unit> organisations = units.of(UnitLevel.ORGANISATION);
        long took = organisations.stream().filter(unit -> reporting.contains(unit.code())).count();
        String share = organisations.isEmpty() ? "" //$NON-NLS-1$
                : format.formatPercent(100.0 * took / organisations.size());
        return NLS.bind(Messages.Spravka_Participation, new Object[] { took, organisations.size(), share,
                units.of(UnitLevel.MUNICIPALITY).size() });
    }

    /** @return dd.MM.yyyy, or empty */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date); //$NON-NLS-1$
    }

    private static String act(String pattern, LegalAct act, boolean titleFirst) {
        if (act == null) {
            return ""; //$NON-NLS-1$
        }
        String date = date(act.getDate());
        String number = nonNull(act.getNumber());
        String title = nonNull(act.getTitle());
        String issuer = nonNull(act.getIssuer());
        return titleFirst ? NLS.bind(pattern, new Object[] { title, date, number, issuer })
                : NLS.bind(pattern, new Object[] { date, number, title, issuer });
    }

    private static String nonNull(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }
}
