package org.profmonitor.ui.problems.internal.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.profmonitor.core.indicators.ContributionProblem;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.model.validation.ModelValidation;

/**
 * The problems of the indicator sets: what the registry met while loading the region bundles and
 * the workspace copies, and, for a workspace copy that is not used, every error of each of its
 * indicators, so that the Problems view names the indicator and the position in its formula.
 */
public final class ModelProblems {

	private ModelProblems() {
	}

	/** @return the problems of the registry's last reading, in the order met */
	public static List<Problem> scan(IndicatorSetRegistry registry) {
		List<Problem> problems = new ArrayList<>();
		for (ContributionProblem problem : registry.problems()) {
			String id = problem.contributionId();
			boolean error = problem.status().getSeverity() == IStatus.ERROR;
			Path copy = id == null ? null : registry.workspaceCopy(id);
			if (copy != null && Files.isRegularFile(copy) && !copyInEffect(registry, id)) {
				problems.add(Problem.ofSet(error, problem.message(), copy.getFileName().toString(), copy, id, null));
				problems.addAll(indicatorErrors(copy, id));
			} else {
				problems.add(Problem.ofSet(error, problem.message(), problem.bundleName(), null, id, null));
			}
		}
		return problems;
	}

	private static boolean copyInEffect(IndicatorSetRegistry registry, String id) {
		return registry.find(id).map(IndicatorSetContribution::origin).orElse(Origin.SHIPPED) == Origin.WORKSPACE;
	}

	/* An unreadable copy has only the registry's message: there are no indicators to name. */
	private static List<Problem> indicatorErrors(Path copy, String id) {
		IndicatorSet set;
		try {
			set = ModelResources.load(URI.createFileURI(copy.toString()), IndicatorSet.class);
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
		List<Problem> problems = new ArrayList<>();
		collect(ModelValidation.validate(set, ModelValidation.getFormulaChecker()), copy, id, problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, Path copy, String id, List<Problem> problems) {
		if (!diagnostic.getChildren().isEmpty()) {
			diagnostic.getChildren().forEach(child -> collect(child, copy, id, problems));
			return;
		}
		if (diagnostic.getSeverity() < Diagnostic.ERROR) {
			return;
		}
		Indicator indicator = diagnostic.getData().stream().filter(Indicator.class::isInstance)
				.map(Indicator.class::cast).findFirst().orElse(null);
		String code = indicator == null ? null : indicator.getCode();
		problems.add(Problem.ofSet(true, diagnostic.getMessage(),
				code == null ? copy.getFileName().toString() : code, copy, id, code));
	}
}
