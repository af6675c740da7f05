package org.profmonitor.ui.indicators.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.IndicatorSet;

/**
 * «Вернуть поставляемый набор» on a set, criterion or indicator selected in the navigator: after
 * a confirmation, closes the set's editor and deletes its workspace copy in a Job, so the set the
 * region bundle ships is in effect again (the navigator reads the sets again when the registry
 * reloads). Without a copy it says there is nothing to revert.
 */
public final class RevertIndicatorSetHandler extends AbstractHandler {

	/** The questions the handler asks; a test answers them without a dialog. */
	public interface Dialogs {
		/** @return whether the user agreed */
		boolean confirm(Shell shell, String title, String message);

		/** Tells the user something. */
		void inform(Shell shell, String title, String message);
	}

	private static final Dialogs MESSAGE_DIALOGS = new Dialogs() {
		@Override
		public boolean confirm(Shell shell, String title, String message) {
			return MessageDialog.openConfirm(shell, title, message);
		}

		@Override
		public void inform(Shell shell, String title, String message) {
			MessageDialog.openInformation(shell, title, message);
		}
	};

	private static volatile Dialogs dialogs = MESSAGE_DIALOGS;
	private static volatile Job lastJob;

	/** @param replacement the dialogs to ask through; {@code null} for JFace's message dialogs */
	public static void setDialogs(Dialogs replacement) {
		dialogs = replacement == null ? MESSAGE_DIALOGS : replacement;
	}

	/** @return the last revert's Job, for tests; {@code null} before the first */
	public static Job lastJob() {
		return lastJob;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IndicatorSet set = OpenIndicatorSetEditorHandler.selectedSet(HandlerUtil.getCurrentSelection(event));
		if (set == null) {
			return null;
		}
		IndicatorSetContribution contribution = OpenIndicatorSetEditorHandler.contribution(set);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
		Path copy = registry.workspaceCopy(contribution.id());
		String title = contribution.indicatorSet().getTitle();
		if (!Files.exists(copy)) {
			dialogs.inform(shell, Messages.Revert_Title, NLS.bind(Messages.Revert_NoCopy, title));
			return null;
		}
		if (!dialogs.confirm(shell, Messages.Revert_Title,
				NLS.bind(Messages.Revert_Confirm, new Object[] { title, copy, contribution.bundleName() }))) {
			return null;
		}
		// the editor holds the copy's objects: it would save them back over the shipped set
		IEditorPart editor = page.findEditor(new IndicatorSetEditorInput(contribution.id(), title));
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		Job job = Job.create(NLS.bind(Messages.Revert_Job, title), (IJobFunction) monitor -> {
			try {
				registry.deleteWorkspaceCopy(contribution.id());
				return Status.OK_STATUS;
			} catch (java.io.IOException e) {
				return Status.error(NLS.bind(Messages.Revert_Failed, copy, e.getMessage()), e);
			}
		});
		job.setUser(true);
		lastJob = job;
		job.schedule();
		return null;
	}
}
