package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignAnalysis;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.RecommendationDeadlines;
import org.profmonitor.cycle.RecommendationFollowUp;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Problem;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.RecommendationChange;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor recommendations --campaign ID}: the addressed recommendations drafted for the
 * campaign's problems (the campaign is analysed from its current data first, recommendations users
 * touched are kept), with their status and whether they are overdue. With {@code --number N} and
 * {@code --status}, {@code --action}, {@code --deadline} or {@code --responsible} it edits one, with
 * {@code --history} it lists the users' changes, with {@code --follow-up} it shows what became of
 * the previous campaign's recommendations.
 */
final class RecommendationsCommand extends DatabaseCommand {

	static final List<String> COLUMNS = List.of("number", "addressee_kind", "addressee", "action", "deadline", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"deadline_text", "responsible", "status", "overdue", "indicator", "problem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	static final List<String> FOLLOW_UP_COLUMNS = List.of("number", "addressee", "indicator", "unit_code", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"unit_name", "status", "before", "now", "reached", "effect"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	static final List<String> HISTORY_COLUMNS = List.of("number", "addressee", "indicator", "field", "old_value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"new_value", "changed_by", "changed_at"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Set<String> EDITS = Set.of(CommandOptions.STATUS, CommandOptions.ACTION,
			CommandOptions.DEADLINE, CommandOptions.RESPONSIBLE);

	RecommendationsCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Recommendations;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN, CommandOptions.FORMAT, CommandOptions.NUMBER, CommandOptions.STATUS,
				CommandOptions.ACTION, CommandOptions.DEADLINE, CommandOptions.RESPONSIBLE, CommandOptions.USER);
	}

	@Override
	Set<String> flagOptions() {
		return Set.of(CommandOptions.FOLLOW_UP, CommandOptions.HISTORY);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		options.required(CommandOptions.CAMPAIGN);
		ResultsCommand.json(options);
		boolean editing = EDITS.stream().anyMatch(name -> options.value(name) != null);
		if (editing) {
			number(options);
			edit(options);
		} else if (options.value(CommandOptions.NUMBER) != null) {
			throw new UsageException(NLS.bind(Messages.Recommendations_NothingToEdit, CommandOptions.NUMBER));
		}
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		String campaignId = options.required(CommandOptions.CAMPAIGN);
		boolean json = ResultsCommand.json(options);
		LocalDate today = LocalDate.now();
		if (options.value(CommandOptions.NUMBER) != null) {
			new CampaignAnalysis(store, registry, today).stored(campaignId); // numbers exist once analysed
			List<RecommendationChange> changes = store.analyses().updateRecommendation(campaignId, number(options),
					edit(options), user(options));
			history(changes, out, json);
			return 0;
		}
		if (options.has(CommandOptions.HISTORY)) {
			history(store.analyses().recommendationHistory(campaignId), out, json);
			return 0;
		}
		if (options.has(CommandOptions.FOLLOW_UP)) {
			List<Object[]> rows = new ArrayList<>();
			for (RecommendationFollowUp.Row row : new RecommendationFollowUp(store, registry, today).rows(campaignId)) {
				rows.add(new Object[] { Integer.valueOf(row.number()), row.recommendation().getAddressee(),
						row.recommendation().getIndicatorCode(), row.unitCode(), row.unitName(),
						row.recommendation().getStatus(), row.before(), row.now(), row.reachedNow(), row.effect() });
			}
			new TableWriter(FOLLOW_UP_COLUMNS, rows).write(out, json);
			return 0;
		}
		CampaignAnalysis analysis = new CampaignAnalysis(store, registry, today);
		Analysis analysed = analysis.refresh(campaignId, null);
		analysis.warnings().forEach(err::println);
		new TableWriter(COLUMNS, rows(analysed, today)).write(out, json);
		return 0;
	}

	private static List<Object[]> rows(Analysis analysis, LocalDate today) {
		Map<Problem, Integer> problemNumbers = new IdentityHashMap<>();
		for (Problem problem : analysis.getProblems()) {
			problemNumbers.put(problem, Integer.valueOf(problemNumbers.size() + 1));
		}
		List<Object[]> rows = new ArrayList<>();
		int number = 0;
		for (Recommendation recommendation : analysis.getRecommendations()) {
			number++;
			rows.add(new Object[] { Integer.valueOf(number), recommendation.getAddresseeKind(),
					recommendation.getAddressee(), recommendation.getAction(), recommendation.getDeadline(),
					recommendation.getDeadlineText(), recommendation.getResponsible(), recommendation.getStatus(),
					Boolean.valueOf(overdue(recommendation, today)), recommendation.getIndicatorCode(),
					problemNumbers.get(recommendation.getProblem()) });
		}
		return rows;
	}

	/** @return whether the deadline has passed and the recommendation is not carried out */
	static boolean overdue(Recommendation recommendation, LocalDate today) {
		return RecommendationDeadlines.overdue(recommendation, today);
	}

	private static void history(List<RecommendationChange> changes, PrintStream out, boolean json) {
		List<Object[]> rows = new ArrayList<>();
		for (RecommendationChange change : changes) {
			rows.add(new Object[] { Integer.valueOf(change.number()), change.addressee(), change.indicatorCode(),
					change.field(), change.oldValue(), change.newValue(), change.changedBy(),
					change.changedAt().toString() });
		}
		new TableWriter(HISTORY_COLUMNS, rows).write(out, json);
	}

	private static int number(CommandOptions options) throws UsageException {
		String number = options.required(CommandOptions.NUMBER);
		try {
			int value = Integer.parseInt(number.strip());
			if (value >= 1) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.NUMBER, number));
	}

	private static RecommendationEdit edit(CommandOptions options) throws UsageException {
		return new RecommendationEdit(status(options.value(CommandOptions.STATUS)),
				options.value(CommandOptions.ACTION), deadline(options.value(CommandOptions.DEADLINE)),
				options.value(CommandOptions.RESPONSIBLE));
	}

	/* The statuses by their names (adopted, in_progress...) or as the documents write them in Russian. */
	private static RecommendationStatus status(String text) throws UsageException {
		if (text == null) {
			return null;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
		Map<String, RecommendationStatus> russian = Map.of("проект", RecommendationStatus.DRAFT, //$NON-NLS-1$
				"принята", RecommendationStatus.ADOPTED, "исполняется", RecommendationStatus.IN_PROGRESS, //$NON-NLS-1$ //$NON-NLS-2$
				"исполнена", RecommendationStatus.DONE, "просрочена", RecommendationStatus.OVERDUE); //$NON-NLS-1$ //$NON-NLS-2$
		for (RecommendationStatus status : RecommendationStatus.VALUES) {
			if (status.getName().toLowerCase(Locale.ROOT).equals(wanted)) {
				return status;
			}
		}
		RecommendationStatus status = russian.get(wanted);
		if (status == null) {
			throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.STATUS, text));
		}
		return status;
	}

	private static LocalDate deadline(String text) throws UsageException {
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("dd.MM.uuuu"))) { //$NON-NLS-1$
			try {
				return LocalDate.parse(text.strip(), format);
			} catch (DateTimeParseException e) {
				// try the next form
			}
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.DEADLINE, text));
	}

	private static String user(CommandOptions options) {
		String user = options.value(CommandOptions.USER);
		return user == null || user.isBlank() ? System.getProperty("user.name", "?") : user; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
