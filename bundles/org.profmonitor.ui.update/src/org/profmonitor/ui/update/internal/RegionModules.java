package org.profmonitor.ui.update.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;

/**
 * The region modules of one p2 profile, and installing and updating them from an update site
 * through p2's operations API (the same planner and engine the director uses). No UI: the dialog
 * and the {@code modules} application both run it in a Job or on the command line.
 */
public final class RegionModules {

	/** One available update of an installed module. */
	public record ModuleUpdate(RegionModule installed, RegionModule replacement) {
	}

	private final IProvisioningAgent agent;
	private final String profileId;
	private final Locale locale;

	/**
	 * @param agent     the provisioning agent (the running system's, or one over another folder in tests)
	 * @param profileId the profile, {@link IProfileRegistry#SELF} for the running product
	 * @param locale    the language module names are shown in
	 */
	public RegionModules(IProvisioningAgent agent, String profileId, Locale locale) {
		this.agent = Objects.requireNonNull(agent, "agent"); //$NON-NLS-1$
		this.profileId = Objects.requireNonNull(profileId, "profileId"); //$NON-NLS-1$
		this.locale = Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
	}

	/**
	 * @return the region modules installed in the profile, by id
	 * @throws ProvisionException if the profile does not exist (a program not installed by p2)
	 */
	public List<RegionModule> installed() throws ProvisionException {
		return modules(profile().query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet());
	}

	/**
	 * @param site the update site (a local folder's {@code file:} URI or an http URL)
	 * @return the newest version of every region module on the site, by id
	 * @throws ProvisionException if the site cannot be read
	 */
	public List<RegionModule> available(URI site, IProgressMonitor monitor) throws ProvisionException {
		return modules(latestGroups(site, monitor));
	}

	/**
	 * Installs the newest version on the site of the given modules, with whatever they need.
	 *
	 * @param ids the feature groups' ids
	 * @return OK, or why nothing was installed (the planner's explanation); CANCEL if cancelled
	 */
	public IStatus install(URI site, List<String> ids, IProgressMonitor monitor) throws ProvisionException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		List<IInstallableUnit> units = latestGroups(site, progress.split(2)).stream()
				.filter(unit -> ids.contains(unit.getId())).toList();
		List<String> missing = new ArrayList<>(ids);
		units.forEach(unit -> missing.remove(unit.getId()));
		if (!missing.isEmpty()) {
			return Status.error(NLS.bind(Messages.Modules_NotOnSite, String.join(", ", missing), site)); //$NON-NLS-1$
		}
		profile(); // a clear message when there is no profile, before the planner's
		InstallOperation operation = new InstallOperation(session(), units);
		return run(operation, site, progress.split(8));
	}

	/**
	 * @return the updates of the installed region modules that the site offers; empty when all are current
	 */
	public List<ModuleUpdate> updates(URI site, IProgressMonitor monitor) throws ProvisionException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		UpdateOperation operation = updateOperation(site);
		IStatus status = operation.resolveModal(progress.split(2));
		checkCancel(status);
		if (status.getSeverity() == IStatus.ERROR && status.getCode() != UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			throw new ProvisionException(status);
		}
		List<ModuleUpdate> updates = new ArrayList<>();
		for (Update update : operation.getPossibleUpdates()) {
			updates.add(new ModuleUpdate(RegionModule.of(update.toUpdate, locale),
					RegionModule.of(update.replacement, locale)));
		}
		updates.sort(Comparator.comparing(update -> update.installed().id()));
		return updates;
	}

	/** Installs every update of the installed region modules that the site offers. */
	public IStatus update(URI site, IProgressMonitor monitor) throws ProvisionException {
		return run(updateOperation(site), site, monitor);
	}

	private UpdateOperation updateOperation(URI site) throws ProvisionException {
		List<IInstallableUnit> installed = profile().query(QueryUtil.createIUGroupQuery(), null).stream()
				.filter(RegionModule::isRegionModule).toList();
		UpdateOperation operation = new UpdateOperation(session(), installed);
		limitTo(operation, site);
		return operation;
	}

	private IStatus run(ProfileChangeOperation operation, URI site, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		limitTo(operation, site);
		IStatus resolved = operation.resolveModal(progress.split(3));
		if (resolved.getSeverity() == IStatus.CANCEL || !operation.hasResolved()) {
			return resolved;
		}
		if (resolved.getSeverity() == IStatus.ERROR || resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return resolved;
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
		if (job == null) {
			return resolved;
		}
		return job.runModal(progress.split(6));
	}

	private void limitTo(ProfileChangeOperation operation, URI site) {
		operation.setProfileId(profileId);
		// only the configured site: the product knows no other repositories, and must not look elsewhere
		operation.getProvisioningContext().setMetadataRepositories(new URI[] { site });
		operation.getProvisioningContext().setArtifactRepositories(new URI[] { site });
	}

	private List<IInstallableUnit> latestGroups(URI site, IProgressMonitor monitor) throws ProvisionException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		IMetadataRepositoryManager manager = service(IMetadataRepositoryManager.class);
		IMetadataRepository repository = manager.loadRepository(site, progress.split(1));
		// the artifacts are read from the same site; loading it now reports a broken site before the planner runs
		service(IArtifactRepositoryManager.class).loadRepository(site, progress.split(1));
		return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).stream()
				.filter(RegionModule::isRegionModule).toList();
	}

	private List<RegionModule> modules(Iterable<IInstallableUnit> units) {
		List<RegionModule> modules = new ArrayList<>();
		for (IInstallableUnit unit : units) {
			if (RegionModule.isRegionModule(unit)) {
				modules.add(RegionModule.of(unit, locale));
			}
		}
		modules.sort(Comparator.comparing(RegionModule::id));
		return modules;
	}

	private IProfile profile() throws ProvisionException {
		IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new ProvisionException(NLS.bind(Messages.Modules_NoProfile, profileId));
		}
		return profile;
	}

	private ProvisioningSession session() {
		return new ProvisioningSession(agent);
	}

	private <T> T service(Class<T> type) throws ProvisionException {
		T service = agent.getService(type);
		if (service == null) {
			throw new ProvisionException(NLS.bind(Messages.Modules_NoService, type.getSimpleName()));
		}
		return service;
	}

	private static void checkCancel(IStatus status) {
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
	}
}
