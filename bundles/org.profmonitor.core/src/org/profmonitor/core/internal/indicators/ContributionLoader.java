package org.profmonitor.core.internal.indicators;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;

/**
 * Loads one {@code indicatorSet} element: the directory, the shipped set, the workspace copy if
 * there is one, and the demo campaigns. A broken workspace copy or demo campaign is reported and
 * left out; without a usable set or directory the whole contribution fails.
 */
final class ContributionLoader {

    /** A loaded contribution and the shipped set, which a workspace copy may hide. */
    record Loaded(IndicatorSetContribution contribution, IndicatorSet shippedSet) {
    }

    private final Bundle bundle;
    private final Path workspaceFolder;
    private final BiConsumer<Integer, String> report;

    /**
     * @param report receives the severity and the message of a problem that does not stop the
     *            contribution
     */
    ContributionLoader(Bundle bundle, Path workspaceFolder, BiConsumer<Integer, String> report) {
        this.bundle = bundle;
        this.workspaceFolder = workspaceFolder;
        this.report = report;
    }

    Loaded load(IConfigurationElement element, String id) throws ContributionException {
        String setPath = required(element, IndicatorSetExtension.FILE);
        String directoryPath = required(element, IndicatorSetExtension.DIRECTORY);
        ResourceSet resourceSet = ModelResources.createResourceSet();
        Directory directory = ModelFiles.load(resourceSet, entry(directoryPath), Directory.class, directoryPath);
        URI shippedUri = entry(setPath);
        IndicatorSet shipped = null;
        ContributionException shippedProblem = null;
        try {
            shipped = ModelFiles.load(resourceSet, shippedUri, IndicatorSet.class, setPath);
        } catch (ContributionException e) {
            shippedProblem = e;
        }
        Path copyFile = WorkspaceCopies.file(workspaceFolder, id);
        IndicatorSet copy = loadWorkspaceCopy(id, copyFile, shipped);
        if (copy == null && shipped == null) {
            throw shippedProblem;
        }
        if (copy != null && shippedProblem != null) {
            report.accept(IStatus.WARNING, NLS.bind(Messages.Problem_Contribution,
                    new Object[] { bundle.getSymbolicName(), id, shippedProblem.getMessage() }));
        }
        List<DemoCampaign> demos = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(IndicatorSetExtension.DEMO_CAMPAIGN)) {
            loadDemo(resourceSet, child, demos);
        }
        Origin origin = copy != null ? Origin.WORKSPACE : Origin.SHIPPED;
        URI source = copy != null ? URI.createFileURI(copyFile.toAbsolutePath().toString()) : shippedUri;
        IndicatorSetContribution contribution = new IndicatorSetContribution(id, bundle.getSymbolicName(),
                bundle.getVersion().toString(), copy != null ? copy : shipped, directory, demos, origin, source);
        return new Loaded(contribution, shipped);
    }

    private IndicatorSet loadWorkspaceCopy(String id, Path file, IndicatorSet shipped) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String label = file.toString();
        try {
            IndicatorSet copy = ModelFiles.load(ModelResources.createResourceSet(),
                    URI.createFileURI(file.toAbsolutePath().toString()), IndicatorSet.class, label);
            // Campaigns refer to the set by its id: a copy of another set would orphan them.
            if (shipped != null && shipped.getId() != null && !shipped.getId().equals(copy.getId())) {
                throw new ContributionException(NLS.bind(Messages.Reason_WrongSetId, copy.getId(), shipped.getId()));
            }
            return copy;
        } catch (ContributionException e) {
            report.accept(shipped != null ? IStatus.WARNING : IStatus.ERROR, NLS.bind(Messages.Problem_Workspace,
                    new Object[] { bundle.getSymbolicName(), id, label, e.getMessage() }));
            return null;
        }
    }

    private void loadDemo(ResourceSet resourceSet, IConfigurationElement child, List<DemoCampaign> demos) {
        String demoId = child.getAttribute(IndicatorSetExtension.ID);
        try {
            demoId = required(child, IndicatorSetExtension.ID);
            String file = required(child, IndicatorSetExtension.FILE);
            String values = required(child, IndicatorSetExtension.VALUES);
            URL valuesUrl = url(values);
            Campaign campaign = ModelFiles.load(resourceSet, entry(file), Campaign.class, file);
            if (campaign.getIndicatorSet() == null || campaign.getIndicatorSet().eIsProxy()) {
                throw new ContributionException(NLS.bind(Messages.Reason_Invalid, file, Messages.Reason_CampaignSet));
            }
            demos.add(new DemoCampaign(demoId, campaign, valuesUrl));
        } catch (ContributionException e) {
            report.accept(IStatus.ERROR, NLS.bind(Messages.Problem_DemoCampaign,
                    new Object[] { bundle.getSymbolicName(), String.valueOf(demoId), e.getMessage() }));
        }
    }

    static String required(IConfigurationElement element, String attribute) throws ContributionException {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new ContributionException(NLS.bind(Messages.Reason_MissingAttribute, attribute, element.getName()));
        }
        return value.trim();
    }

    private URI entry(String path) throws ContributionException {
        return URI.createURI(url(path).toString());
    }

    private URL url(String path) throws ContributionException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new ContributionException(NLS.bind(Messages.Reason_NoFile, path));
        }
        return url;
    }
}
