package org.profmonitor.cycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Decision;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.RecommendationChange;

/**
 * Carries what users did with a campaign's recommendations into a new analysis of it. A new draft
 * that answers the same problem for the same addressee as a recommendation a user has touched
 * (changed its status, text, deadline or responsible) takes the user's version; a touched
 * recommendation whose problem is no longer found stays, without a problem; untouched drafts are
 * simply replaced by the new ones, whose figures are current. Decisions stay, adopting the same
 * recommendations.
 */
public final class AnalysisMerge {

	private AnalysisMerge() {
	}

	/**
	 * @param stored  the analysis in the database
	 * @param fresh   the new analysis, changed in place
	 * @param history the users' changes to the campaign's recommendations
	 */
	public static void merge(Analysis stored, Analysis fresh, List<RecommendationChange> history) {
		Set<String> touchedByHistory = history.stream().map(c -> c.addressee() + '\u0000' + c.indicatorCode())
				.collect(Collectors.toSet());
		Map<String, List<Recommendation>> freshByKey = new HashMap<>();
		for (Recommendation recommendation : fresh.getRecommendations()) {
			freshByKey.computeIfAbsent(key(recommendation), k -> new ArrayList<>()).add(recommendation);
		}
		Map<Recommendation, Recommendation> carried = new IdentityHashMap<>();
		List<Recommendation> orphans = new ArrayList<>();
		for (Recommendation old : stored.getRecommendations()) {
			List<Recommendation> candidates = freshByKey.getOrDefault(key(old), List.of());
			Recommendation match = candidates.isEmpty() ? null : candidates.remove(0);
			boolean touched = old.getStatus() != RecommendationStatus.DRAFT
					|| touchedByHistory.contains(old.getAddressee() + '\u0000' + old.getIndicatorCode());
			if (match != null) {
				if (touched) {
					match.setStatus(old.getStatus());
					match.setAction(old.getAction());
					match.setDeadline(old.getDeadline());
					match.setResponsible(old.getResponsible());
				}
				carried.put(old, match);
			} else if (touched) {
				Recommendation copy = EcoreUtil.copy(old);
				orphans.add(copy);
				carried.put(old, copy);
			}
		}
		fresh.getRecommendations().addAll(orphans);
		for (Decision decision : stored.getDecisions()) {
			Decision copy = EcoreUtil.copy(decision);
			copy.getAdoptedRecommendations().clear();
			decision.getAdoptedRecommendations().stream().map(carried::get).filter(Objects::nonNull)
					.forEach(copy.getAdoptedRecommendations()::add);
			fresh.getDecisions().add(copy);
		}
	}

	/* What a recommendation is: the problem kind it answers, for whom, about what. */
	private static String key(Recommendation recommendation) {
		String kind = recommendation.getProblem() == null ? "" : recommendation.getProblem().getKind().getName(); //$NON-NLS-1$
		return String.join("\u0000", kind, String.valueOf(recommendation.getAddresseeKind()), //$NON-NLS-1$
				String.valueOf(recommendation.getAddressee()), String.valueOf(recommendation.getIndicatorCode()),
				String.valueOf(recommendation.getOrganisationCode()),
				String.valueOf(recommendation.getMunicipalityCode()));
	}
}
