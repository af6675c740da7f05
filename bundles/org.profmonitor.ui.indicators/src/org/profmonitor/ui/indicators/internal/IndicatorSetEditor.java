package org.profmonitor.ui.indicators.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.IndicatorSet;

/**
 * The indicator-set editor for power users: the tree of the set (criteria, indicators, data
 * elements) and a form for the selected element, with the formula checked as it is typed. It
 * edits a copy of the set in effect; saving writes that copy as the set's workspace copy, which
 * then takes precedence over the shipped set (the results are computed with it), and refuses a
 * set the registry would not accept, listing why.
 */
public final class IndicatorSetEditor extends EditorPart {

	/** The editor's id in plugin.xml. */
	public static final String ID = "org.profmonitor.ui.indicators.editor"; //$NON-NLS-1$

	private final IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();
	private String contributionId;
	private IndicatorSet draft;
	private boolean dirty;
	private Label origin;
	private Label status;
	private TreeViewer viewer;
	private IndicatorSetTree.Labels labels;
	private ElementForm form;
	private Job saveJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IndicatorSetEditorInput setInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_WrongInput, input));
		}
		IndicatorSetContribution contribution = registry.find(setInput.contributionId())
				.orElseThrow(() -> new PartInitException(NLS.bind(Messages.Editor_NoSet, setInput.contributionId())));
		setSite(site);
		setInput(input);
		contributionId = contribution.id();
		draft = EcoreUtil.copy(contribution.indicatorSet());
		setPartName(setInput.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(1, false));
		origin = new Label(top, SWT.WRAP);
		origin.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = new Label(top, SWT.WRAP);
		status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(top, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new IndicatorSetTree.Content());
		labels = new IndicatorSetTree.Labels();
		viewer.setLabelProvider(labels);
		form = new ElementForm(sash, this::changed);
		sash.setWeights(2, 3);
		viewer.addSelectionChangedListener(event -> form.show(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.setInput(List.of(draft));
		viewer.expandToLevel(2);
		labels.setFaulty(FormulaCheck.faulty(draft));
		showOrigin();
		getSite().setSelectionProvider(viewer);
	}

	private void showOrigin() {
		IndicatorSetContribution contribution = registry.find(contributionId).orElse(null);
		if (contribution == null) {
			origin.setText(NLS.bind(Messages.Editor_NoSet, contributionId));
		} else if (contribution.origin() == Origin.WORKSPACE) {
			origin.setText(NLS.bind(Messages.Editor_OriginWorkspace, registry.workspaceCopy(contributionId)));
		} else {
			origin.setText(NLS.bind(Messages.Editor_OriginShipped, contribution.bundleName(),
					registry.workspaceCopy(contributionId)));
		}
		origin.getParent().layout(true, true);
	}

	private void changed() {
		labels.setFaulty(FormulaCheck.faulty(draft));
		viewer.refresh(true);
		if (!dirty) {
			dirty = true;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/**
	 * Checks the edited set as the registry will, and writes it as the workspace copy in a Job;
	 * a set with errors is not written, the errors are listed at the top of the editor.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		List<String> problems = registry.checkWorkspaceCopy(contributionId, draft);
		if (!problems.isEmpty()) {
			status.setText(NLS.bind(Messages.Editor_NotSaved, String.join("\n", problems))); //$NON-NLS-1$
			status.getParent().layout(true, true);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		IndicatorSet toSave = EcoreUtil.copy(draft);
		saveJob = Job.create(NLS.bind(Messages.Editor_SaveJob, getPartName()), (IJobFunction) jobMonitor -> save(toSave, jobMonitor));
		saveJob.setUser(true);
		saveJob.schedule();
	}

	private IStatus save(IndicatorSet toSave, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 1);
		try {
			// the registry reads every contribution again: the copy is in effect when this returns
			Path file = registry.saveWorkspaceCopy(contributionId, toSave);
			progress.split(1);
			asyncExec(() -> {
				status.setText(NLS.bind(Messages.Editor_Saved, file));
				dirty = false;
				firePropertyChange(PROP_DIRTY);
				showOrigin();
			});
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			asyncExec(() -> {
				status.setText(NLS.bind(Messages.Editor_SaveFailed, e.getMessage()));
				status.getParent().layout(true, true);
			});
			return Status.error(NLS.bind(Messages.Editor_SaveFailed, e.getMessage()), e);
		}
	}

	private void asyncExec(Runnable runnable) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				runnable.run();
			}
		});
	}

	@Override
	public void doSaveAs() {
		// one place to save to: the workspace copy
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** @return the tree, for tests */
	public TreeViewer viewer() {
		return viewer;
	}

	/** @return the edited copy of the set, for tests */
	public IndicatorSet draft() {
		return draft;
	}

	/** @return the form's formula field of the selected indicator, for tests; {@code null} if none */
	public FormulaField formulaField() {
		return form.formula();
	}

	/** @return the message line at the top (not saved and why, or saved where) */
	public String statusText() {
		return status.getText();
	}

	/** @return the line saying where the set in effect comes from */
	public String originText() {
		return origin.getText();
	}

	/** @return the last save's Job, for tests that wait for it; {@code null} before a save */
	public Job saveJob() {
		return saveJob;
	}
}
