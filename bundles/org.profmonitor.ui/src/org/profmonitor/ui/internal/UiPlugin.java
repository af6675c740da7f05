package org.profmonitor.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The bundle's activator: gives the preference store (instance scope) and closes the database when
 * the workbench stops, so that an embedded Derby folder is released for the command line.
 */
public final class UiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String ID = "org.profmonitor.ui"; //$NON-NLS-1$

	private static UiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		StoreService.getDefault().close();
		instance = null;
		super.stop(context);
	}

	/** @return the running bundle's activator */
	public static UiPlugin getDefault() {
		return instance;
	}

	/**
	 * @param message what failed, for the user
	 * @param cause   the failure, for the log; may be {@code null}
	 * @return an error status of this bundle
	 */
	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, ID, message, cause);
	}

	/** Writes a failure to the Eclipse log. */
	public static void log(String message, Throwable cause) {
		ILog.of(UiPlugin.class).log(error(message, cause));
	}
}
