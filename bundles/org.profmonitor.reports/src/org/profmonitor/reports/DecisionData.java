package org.profmonitor.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.Recommendation;
import org.profmonitor.reports.internal.AnalysisTexts;
import org.profmonitor.reports.internal.CampaignTexts;
import org.profmonitor.reports.internal.IndicatorRows;
import org.profmonitor.reports.internal.Messages;
import org.profmonitor.reports.internal.RowSource;
import org.profmonitor.reports.internal.ValueIndex;
import org.profmonitor.reports.internal.ValueTexts;

/**
 * The rows of the draft decision ({@link ReportEngineService#DECISION}) that adopts a campaign's
 * results and recommendations, in the form of the seeds: an order (приказ: «ПРИКАЗЫВАЮ:», items
 * per addressee with «Срок» and «Ответственный», control and entry into force) or an extract from
 * a protocol (выписка из протокола: «Слушали», «Решение», chairman and secretary). Number, date
 * and names stay blank lines to be filled in before signing. Tables {@value #DOCUMENT} (one row)
 * and {@value #ITEMS}.
 */
public final class DecisionData {

    /** Table of one row: authority, kind, title, preamble, signatures. */
    public static final String DOCUMENT = "document"; //$NON-NLS-1$
    /** Table of the decision's numbered items. */
    public static final String ITEMS = "items"; //$NON-NLS-1$

    private DecisionData() {
    }

    /**
     * @param results what the caller computed for the campaign, with its analysis if there is one
     * @param kind {@link DecisionKind#ORDER} or {@link DecisionKind#PROTOCOL}; any other kind is
     *            drafted as an order
     * @return the rows of the draft
     */
    public static ReportData build(CampaignResults results, DecisionKind kind) {
        return build(results, kind, ReportSignature.NONE);
    }

    /**
     * @param results what the caller computed for the campaign
     * @param kind {@link DecisionKind#ORDER} or {@link DecisionKind#PROTOCOL}
     * @param signature an authority set there replaces the one of the campaign's order or
     *            regulation; an author set there signs (the order's head, the protocol's chairman)
     *            instead of the blank name line
     * @return the rows of the draft
     */
    public static ReportData build(CampaignResults results, DecisionKind kind, ReportSignature signature) {
        boolean protocol = kind == DecisionKind.PROTOCOL;
        Units units = new Units(results.directory());
        ReportData data = new ReportData().declare(ITEMS);
        data.add(DOCUMENT, document(results, units, protocol, signature));
        List<Map<String, Object>> items = items(results, units, protocol);
        items.forEach(item -> data.add(ITEMS, item));
        return data;
    }

    private static Map<String, Object> document(CampaignResults results, Units units, boolean protocol,
            ReportSignature signature) {
        IndicatorSet set = results.set();
        Campaign campaign = results.campaign();
        String monitoring = CampaignTexts.monitoringOf(set);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("authority", signature.hasAuthority() ? signature.authorityHeading() //$NON-NLS-1$
                : authority(set, campaign).toUpperCase(Locale.of("ru"))); //$NON-NLS-1$
        row.put("kind", protocol ? Messages.Decision_ProtocolKind : Messages.Decision_OrderKind); //$NON-NLS-1$
        row.put("dateLine", protocol ? Messages.Decision_ProtocolDateLine : Messages.Decision_OrderDateLine); //$NON-NLS-1$
        row.put("title", NLS.bind(Messages.Decision_Title, monitoring, campaign.getAcademicYear())); //$NON-NLS-1$
        LegalAct order = campaign.getOpeningOrder() != null ? campaign.getOpeningOrder() : set.getRegulation();
        String reference = CampaignTexts.reference(order);
        String preamble = protocol
                ? Messages.Decision_ProtocolPreamble
                : NLS.bind(Messages.Decision_OrderPreamble, reference.isEmpty() ? "" : ' ' + reference, monitoring); //$NON-NLS-1$
        row.put("preamble", ValueTexts.keepFiguresTogether(preamble)); //$NON-NLS-1$
        row.put("agenda", protocol //$NON-NLS-1$
                ? NLS.bind(Messages.Decision_ProtocolAgenda, monitoring, units.region().name()) : ""); //$NON-NLS-1$
        row.put("heard", protocol ? ValueTexts.keepFiguresTogether(heard(results, units)) : ""); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("command", protocol ? Messages.Decision_ProtocolCommand : Messages.Decision_OrderCommand); //$NON-NLS-1$
        row.put("signature", signature(protocol, signature)); //$NON-NLS-1$
        // chairman and secretary sign on lines of their own: a line break inside one text is lost in DOCX
        row.put("secretary", protocol ? Messages.Decision_ProtocolSecretary : ""); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("acquainted", protocol ? "" : Messages.Decision_Acquainted); //$NON-NLS-1$ //$NON-NLS-2$
        return row;
    }

    /** The blank lines of today's forms, or the author set by the user before the line for the hand. */
    private static String signature(boolean protocol, ReportSignature signature) {
        if (!signature.hasAuthor()) {
            return protocol ? Messages.Decision_ProtocolSignature : Messages.Decision_OrderSignature;
        }
        return NLS.bind(protocol ? Messages.Decision_ProtocolSignedBy : Messages.Decision_OrderSignedBy,
                signature.author());
    }

    /** «Слушали» of a protocol: who took part and how many plan values were reached. */
    private static String heard(CampaignResults results, Units units) {
        ReportData conclusions = new ReportData();
        new IndicatorRows(new RowSource(results.set(), units, new ValueIndex(results.values()),
                new ValueTexts(FormulaFormat.russian()))).addTo(conclusions);
        StringBuilder text = new StringBuilder(Messages.Decision_Heard).append(' ')
                .append(CampaignTexts.participation(units, results.reporting(), FormulaFormat.russian()));
        conclusions.rows(SpravkaData.CONCLUSIONS).stream().limit(1)
                .forEach(row -> text.append(' ').append(row.get("text"))); //$NON-NLS-1$
        return text.toString();
    }

    private static List<Map<String, Object>> items(CampaignResults results, Units units, boolean protocol) {
        List<Map<String, Object>> items = new ArrayList<>();
        int number = 0;
        items.add(item(++number + ".", Messages.Decision_AcceptResults, "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AnalysisTexts texts = new AnalysisTexts(results.set(), units);
        List<Recommendation> recommendations = results.findAnalysis().map(a -> List.copyOf(a.getRecommendations()))
                .orElse(List.of());
        if (recommendations.isEmpty()) {
            items.add(item(++number + ".", results.analysis() == null ? Messages.Recommendations_NoAnalysis //$NON-NLS-1$
                    : Messages.Recommendations_None, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // One item per addressee, its recommendations as sub-items, in the order they were drafted.
        Map<String, List<Recommendation>> byAddressee = new LinkedHashMap<>();
        for (Recommendation recommendation : recommendations) {
            byAddressee.computeIfAbsent(texts.addressee(recommendation), key -> new ArrayList<>()).add(recommendation);
        }
        for (Map.Entry<String, List<Recommendation>> entry : byAddressee.entrySet()) {
            String head = ++number + "."; //$NON-NLS-1$
            items.add(item(head, entry.getKey() + ':', "", "")); //$NON-NLS-1$ //$NON-NLS-2$
            int sub = 0;
            for (Recommendation recommendation : entry.getValue()) {
                String responsible = recommendation.getResponsible() == null || recommendation.getResponsible().isBlank()
                        ? "" : NLS.bind(Messages.Decision_Responsible, recommendation.getResponsible().strip()); //$NON-NLS-1$
                items.add(item(head + ++sub + '.', action(recommendation),
                        NLS.bind(Messages.Decision_Deadline, AnalysisTexts.deadline(recommendation)), responsible));
            }
        }
        if (!protocol) {
            items.add(item(++number + ".", Messages.Decision_Control, "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            items.add(item(++number + ".", Messages.Decision_InForce, "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return items;
    }

    private static String action(Recommendation recommendation) {
        String action = recommendation.getAction() == null ? "" : recommendation.getAction().strip(); //$NON-NLS-1$
        return action.isEmpty() || action.endsWith(".") ? action : action + '.'; //$NON-NLS-1$
    }

    private static Map<String, Object> item(String number, String text, String deadline, String responsible) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", number); //$NON-NLS-1$
        row.put("text", text); //$NON-NLS-1$
        row.put("deadline", deadline); //$NON-NLS-1$
        row.put("responsible", responsible); //$NON-NLS-1$
        return row;
    }

    private static String authority(IndicatorSet set, Campaign campaign) {
        LegalAct order = campaign.getOpeningOrder();
        if (order != null && order.getIssuer() != null && !order.getIssuer().isBlank()) {
            return order.getIssuer().strip();
        }
        LegalAct regulation = set.getRegulation();
        return regulation != null && regulation.getIssuer() != null ? regulation.getIssuer().strip()
                : Messages.Decision_Authority;
    }
}
