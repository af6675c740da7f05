package org.profmonitor.ui.update.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help → «Проверить обновления» ({@code :check} in plugin.xml) and «Установить региональный
 * модуль»: the region modules dialog on the running product, with the site of the preferences.
 */
public final class RegionModulesHandler extends AbstractHandler implements IExecutableExtension {

	private boolean check;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		check = "check".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		RegionModules modules;
		try {
			modules = new RegionModules(Agents.running(), IProfileRegistry.SELF, Locale.getDefault());
		} catch (ProvisionException e) {
			MessageDialog.openError(shell, Messages.Dialog_Title, e.getMessage());
			return null;
		}
		URI site = null;
		String problem = Messages.Site_None;
		Optional<String> configured = UpdateSite.configured();
		if (configured.isPresent()) {
			try {
				site = UpdateSite.parse(configured.get());
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		new RegionModulesDialog(shell, modules, site, problem, check).open();
		return null;
	}
}
