package org.profmonitor.ui.update.tests;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IUpdateDescriptor;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The test runtime has no p2 profile of its own: a p2 agent over a temporary folder with an empty
 * profile, and local update sites holding region feature groups as the publisher writes them
 * (localised names, no artifacts, so that installing needs no product around them).
 */
final class FakeP2 {

	static final String PROFILE = "test-profile";

	private FakeP2() {
	}

	static IProvisioningAgent agent(Path folder) throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(FakeP2.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		IProvisioningAgent agent = context.getService(reference).createAgent(folder.resolve("p2").toUri());
		String install = folder.resolve("install").toString();
		agent.getService(IProfileRegistry.class).addProfile(PROFILE,
				Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install));
		return agent;
	}

	/** A module as the site should hold it: id without the group suffix, version, Russian and English names. */
	record Module(String feature, String version, String english, String russian) {
	}

	static URI site(IProvisioningAgent agent, Path folder, List<Module> modules) throws ProvisionException {
		URI uri = folder.toUri();
		IMetadataRepository repository = agent.getService(IMetadataRepositoryManager.class).createRepository(uri,
				"test site", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		agent.getService(IArtifactRepositoryManager.class).createRepository(uri, "test site",
				IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		repository.addInstallableUnits(modules.stream().map(FakeP2::group).toList());
		return uri;
	}

	private static IInstallableUnit group(Module module) {
		String id = module.feature() + ".feature.group";
		Version version = Version.create(module.version());
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId(id);
		description.setVersion(version);
		description.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		description.setProperty(IInstallableUnit.PROP_NAME, "%featureName");
		description.setProperty("df_LT.featureName", module.english());
		description.setProperty("ru.featureName", module.russian());
		// as the publisher writes it: an update of every lower version, which is how p2 finds updates
		description.setUpdateDescriptor(MetadataFactory.createUpdateDescriptor(id,
				new VersionRange(Version.emptyVersion, true, version, false), IUpdateDescriptor.NORMAL, null));
		description.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
		return MetadataFactory.createInstallableUnit(description);
	}
}
