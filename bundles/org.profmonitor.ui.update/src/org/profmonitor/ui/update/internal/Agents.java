package org.profmonitor.ui.update.internal;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The provisioning agent of the running product. */
final class Agents {

	private Agents() {
	}

	/**
	 * @return the agent p2 registered for the running system (the product's {@code p2} folder), or
	 *         one the provider creates over the running system's agent location
	 * @throws ProvisionException if p2 is not running
	 */
	static IProvisioningAgent running() throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(Agents.class).getBundleContext();
		ServiceReference<IProvisioningAgent> current = context.getServiceReference(IProvisioningAgent.class);
		if (current != null) {
			return context.getService(current);
		}
		ServiceReference<IProvisioningAgentProvider> provider = context.getServiceReference(IProvisioningAgentProvider.class);
		if (provider == null) {
			throw new ProvisionException(Messages.Modules_NoP2);
		}
		return context.getService(provider).createAgent(null); // null: the running system
	}
}
