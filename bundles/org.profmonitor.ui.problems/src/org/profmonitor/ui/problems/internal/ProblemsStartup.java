package org.profmonitor.ui.problems.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * Computes the problems once the workbench is up and again whenever something was saved: values
 * (the data entry editor, imports, through the store service) or any editor that turns from dirty
 * to saved (the indicator-set editor), which this class need not know by name.
 */
public final class ProblemsStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ProblemsRefresh.request();
		StoreService.getDefault().addValuesListener(saved -> ProblemsRefresh.requestCampaign(saved.campaignId()));
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closing) {
				saveWorkspace();
			}
		});
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				watch(window);
			}
			workbench.addWindowListener(new IWindowListener() {
				@Override
				public void windowOpened(IWorkbenchWindow window) {
					watch(window);
				}

				@Override
				public void windowActivated(IWorkbenchWindow window) {
					// nothing: opened windows are watched
				}

				@Override
				public void windowDeactivated(IWorkbenchWindow window) {
					// nothing
				}

				@Override
				public void windowClosed(IWorkbenchWindow window) {
					// nothing: its listeners go with it
				}
			});
		});
	}

	private static void watch(IWorkbenchWindow window) {
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference reference) {
				IWorkbenchPart part = reference.getPart(false);
				if (part instanceof IEditorPart editor) {
					editor.addPropertyListener((source, property) -> {
						if (property == IEditorPart.PROP_DIRTY && !editor.isDirty()) {
							ProblemsRefresh.request();
						}
					});
				}
			}
		});
	}

	/* The project and its link are kept; the workbench of this product does not save the workspace itself. */
	private static void saveWorkspace() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(ProblemsStartup.class).log(e.getStatus());
		}
	}
}
