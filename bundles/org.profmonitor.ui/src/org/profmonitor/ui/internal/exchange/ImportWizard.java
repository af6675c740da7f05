package org.profmonitor.ui.internal.exchange;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ValueImport;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * «Импорт данных»: files or folders → their first rows with the encoding detected → the dry run
 * with every problem → Finish writes in a Job, through {@link ValueImport} as the command line does:
 * all values in one transaction, or, with any problem, nothing.
 */
public final class ImportWizard extends CampaignWizard implements IImportWizard {

	private ChooseFilesPage filesPage;
	private CheckPage checkPage;
	private Job importJob;

	/** @param campaigns the database's campaigns, to choose from */
	public ImportWizard(List<CampaignInfo> campaigns) {
		super(campaigns);
		setWindowTitle(Messages.Import_Title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filesPage = new ChooseFilesPage(campaigns(), initialCampaign());
		addPage(filesPage);
		addPage(new PreviewPage(filesPage));
		checkPage = new CheckPage(filesPage);
		addPage(checkPage);
	}

	/* the dry run is of the files and campaign it read: a change makes it run again */
	void inputChanged() {
		if (checkPage != null) {
			checkPage.invalidate();
		}
	}

	@Override
	public boolean performFinish() {
		if (checkPage.batch() == null || !checkPage.batch().isApplicable()) {
			return false;
		}
		String campaignId = filesPage.campaignId();
		List<Path> paths = filesPage.paths();
		importJob = Job.create(NLS.bind(Messages.Import_Job, campaignId), (IJobFunction) monitor -> write(campaignId, paths, monitor));
		importJob.setUser(true);
		importJob.schedule();
		return true;
	}

	/*
	 * The files are read again: they may have changed since the dry run, and what is written must be
	 * what was checked.
	 */
	private static IStatus write(String campaignId, List<Path> paths, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			ValueImport valueImport = valueImport(store, campaignId);
			ImportBatch batch = valueImport.read(paths);
			progress.split(1);
			if (!batch.isApplicable()) {
				return UiPlugin.error(NLS.bind(Messages.Import_ChangedSinceCheck, batch.problems().size(),
						batch.problems().get(0)), null);
			}
			ApplyResult written = valueImport.apply(batch, System.getProperty("user.name")); //$NON-NLS-1$
			progress.split(1);
			StoreService.getDefault().fireValuesSaved(campaignId);
			return new Status(IStatus.OK, UiPlugin.ID, NLS.bind(Messages.Import_Done,
					new Object[] { written.inserted(), written.updated(), written.unchanged() }));
		} catch (StoreException | CycleException e) {
			return UiPlugin.error(NLS.bind(Messages.Import_Failed, e.getMessage()), e);
		}
	}

	/** @return the import into a campaign of the database, with its installed set */
	static ValueImport valueImport(Store store, String campaignId) throws CycleException, StoreException {
		return new ValueImport(store, CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), campaignId));
	}

	/** @return the job of the last Finish, {@code null} before */
	public Job importJob() {
		return importJob;
	}

	/** Chooses files or folders, as the first page's buttons do. */
	public void addPaths(List<Path> paths) {
		filesPage.addPaths(paths);
	}

	/** @return the dry run's problems, as the table shows them: file, sheet, line, column, message */
	public List<String[]> problemRows() {
		return java.util.Arrays.stream(checkPage.problems().getItems())
				.map(item -> new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3),
						item.getText(4) })
				.toList();
	}

	/** @return the dry run's summary */
	public String checkSummary() {
		return checkPage.summaryText();
	}

	/** @return the preview page's line about encoding and separator */
	public String previewFormat() {
		return ((PreviewPage) getPage("preview")).formatText(); //$NON-NLS-1$
	}
}
