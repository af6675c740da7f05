package org.profmonitor.ui.internal.exchange;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * «Файл → Импорт…» and «Файл → Экспорт…»: the wizard on the campaign selected in the navigator.
 * The campaigns are read with a busy cursor; the navigator has normally opened the database.
 */
public abstract class OpenWizardHandler extends AbstractHandler {

	/** «Импорт…» */
	public static final class Import extends OpenWizardHandler {
		/** Opens the import wizard. */
		public Import() {
			super(ImportWizard::new);
		}
	}

	/** «Экспорт…» */
	public static final class Export extends OpenWizardHandler {
		/** Opens the export wizard. */
		public Export() {
			super(ExportWizard::new);
		}
	}

	private final Function<List<CampaignInfo>, CampaignWizard> factory;

	OpenWizardHandler(Function<List<CampaignInfo>, CampaignWizard> factory) {
		this.factory = factory;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		open(window, factory);
		return null;
	}

	/**
	 * Opens a wizard of the database's campaigns on the navigator's selection.
	 *
	 * @param window  the workbench window
	 * @param factory makes the wizard from the campaigns
	 */
	public static void open(IWorkbenchWindow window, Function<List<CampaignInfo>, CampaignWizard> factory) {
		Shell shell = window.getShell();
		List<CampaignInfo> campaigns;
		try {
			campaigns = campaigns(window);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Exchange_NoDatabase, e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			return;
		}
		CampaignWizard wizard = factory.apply(campaigns);
		wizard.init(window.getWorkbench(), navigatorSelection(window));
		new WizardDialog(shell, wizard).open();
	}

	private static List<CampaignInfo> campaigns(IWorkbenchWindow window)
			throws InvocationTargetException, InterruptedException {
		@SuppressWarnings("unchecked")
		List<CampaignInfo>[] result = new List[1];
		window.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
			try {
				result[0] = StoreService.getDefault().store(monitor).campaigns().list();
			} catch (StoreException | CycleException e) {
				throw new InvocationTargetException(e, e.getMessage());
			}
		});
		return result[0];
	}

	private static IStructuredSelection navigatorSelection(IWorkbenchWindow window) {
		ISelection selection = window.getActivePage() == null ? null
				: window.getActivePage().getSelection(NavigatorView.ID);
		return selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY;
	}
}
