package org.profmonitor.core.internal.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.profmonitor.core.indicators.ContributionProblem;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.model.IndicatorSet;

/**
 * Reads every contribution to {@code org.profmonitor.core.indicatorSets}. A broken contribution is
 * logged with the contributing bundle's symbolic name and the reason and skipped; the others load.
 */
public final class IndicatorSetReader {

    /**
     * What was read.
     *
     * @param contributions the loaded contributions, by id
     * @param shippedSets the shipped set of every contribution whose shipped file is valid, by id
     * @param problems what was logged
     */
    public record Result(List<IndicatorSetContribution> contributions, Map<String, IndicatorSet> shippedSets,
            List<ContributionProblem> problems) {

        /** Freezes the collections. */
        public Result {
            contributions = List.copyOf(contributions);
            shippedSets = Map.copyOf(shippedSets);
            problems = List.copyOf(problems);
        }
    }

    private final Path workspaceFolder;
    private final ILog log;

    /**
     * @param workspaceFolder the folder of the users' copies of indicator sets
     * @param log where problems go, with the contributing bundle's name
     */
    public IndicatorSetReader(Path workspaceFolder, ILog log) {
        this.workspaceFolder = workspaceFolder;
        this.log = log;
    }

    /** @return the contributions of {@code registry} and the problems met */
    public Result read(IExtensionRegistry registry) {
        Map<String, IndicatorSetContribution> contributions = new LinkedHashMap<>();
        Map<String, IndicatorSet> shipped = new HashMap<>();
        List<ContributionProblem> problems = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(IndicatorSetExtension.POINT_ID)) {
            try {
                if (IndicatorSetExtension.INDICATOR_SET.equals(element.getName())) {
                    read(element, contributions, shipped, problems);
                }
            } catch (InvalidRegistryObjectException e) {
                // The bundle went away while we were reading; its contribution is simply gone.
            }
        }
        List<IndicatorSetContribution> sorted = new ArrayList<>(contributions.values());
        sorted.sort(Comparator.comparing(IndicatorSetContribution::id));
        return new Result(sorted, shipped, problems);
    }

    private void read(IConfigurationElement element, Map<String, IndicatorSetContribution> contributions,
            Map<String, IndicatorSet> shipped, List<ContributionProblem> problems) {
        String bundleName = element.getContributor().getName();
        String id = element.getAttribute(IndicatorSetExtension.ID);
        try {
            id = ContributionLoader.required(element, IndicatorSetExtension.ID);
            IndicatorSetContribution existing = contributions.get(id);
            if (existing != null) {
                report(problems, IStatus.ERROR, bundleName, id, NLS.bind(Messages.Problem_Duplicate,
                        new Object[] { bundleName, id, existing.bundleName() }));
                return;
            }
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            if (bundle == null) {
                throw new ContributionException(Messages.Reason_NoBundle);
            }
            String contributionId = id;
            ContributionLoader loader = new ContributionLoader(bundle, workspaceFolder,
                    (severity, message) -> report(problems, severity, bundleName, contributionId, message));
            ContributionLoader.Loaded loaded = loader.load(element, id);
            contributions.put(id, loaded.contribution());
            if (loaded.shippedSet() != null) {
                shipped.put(id, loaded.shippedSet());
            }
        } catch (ContributionException e) {
            report(problems, IStatus.ERROR, bundleName, id,
                    NLS.bind(Messages.Problem_Contribution, new Object[] { bundleName, id, e.getMessage() }));
        }
    }

    private void report(List<ContributionProblem> problems, int severity, String bundleName, String id,
            String message) {
        // The status names the contributing bundle, as the extension registry's own problems do.
        IStatus status = new Status(severity, bundleName, message);
        problems.add(new ContributionProblem(bundleName, id, status));
        log.log(status);
    }
}
