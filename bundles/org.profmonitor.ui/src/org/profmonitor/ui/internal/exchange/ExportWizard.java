package org.profmonitor.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.ValueExport;
import org.profmonitor.exchange.TemplateGenerator;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * «Экспорт»: a campaign's values as CSV (which the import reads back) and the XLSX data-collection
 * templates, as {@code profmonitor template} writes them, into a folder, in a Job.
 */
public final class ExportWizard extends CampaignWizard implements IExportWizard {

	private ExportPage page;
	private Job exportJob;

	/** @param campaigns the database's campaigns, to choose from */
	public ExportWizard(List<CampaignInfo> campaigns) {
		super(campaigns);
		setWindowTitle(Messages.Export_Title);
	}

	@Override
	public void addPages() {
		page = new ExportPage(campaigns(), initialCampaign());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String campaignId = page.campaignId();
		Path folder = page.folder();
		boolean csv = page.values();
		boolean xlsx = page.valuesXlsx();
		TemplateLayout layout = page.templates();
		exportJob = Job.create(NLS.bind(Messages.Export_Job, campaignId),
				(IJobFunction) monitor -> export(campaignId, folder, csv, xlsx, layout, monitor));
		exportJob.setUser(true);
		exportJob.schedule();
		return true;
	}

	private static IStatus export(String campaignId, Path folder, boolean csv, boolean xlsx, TemplateLayout layout,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Store store = StoreService.getDefault().store(progress.split(1));
			CampaignContext campaign = CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), campaignId);
			int written = 0;
			if (csv) {
				written = ValueExport.writeCsv(store, campaignId, folder.resolve(valuesFileName(campaignId, ".csv"))); //$NON-NLS-1$
			}
			if (xlsx) {
				written = ValueExport.writeXlsx(store, campaignId, folder.resolve(valuesFileName(campaignId, ".xlsx"))); //$NON-NLS-1$
			}
			progress.split(1);
			int templates = 0;
			if (layout != null) {
				templates = TemplateGenerator.forCampaign(campaign.toCampaign(), campaign.directory())
						.generate(folder, layout).size();
			}
			progress.split(1);
			return new Status(IStatus.OK, UiPlugin.ID,
					NLS.bind(Messages.Export_Done, new Object[] { written, templates, folder }));
		} catch (StoreException | CycleException e) {
			return UiPlugin.error(e.getMessage(), e);
		} catch (IOException e) {
			return UiPlugin.error(NLS.bind(Messages.Export_WriteFailed, folder, e.getMessage()), e);
		}
	}

	/** @return the values file's name: the campaign's id, which is letters, digits and hyphens */
	public static String valuesFileName(String campaignId, String extension) {
		return campaignId.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-values" + extension; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Fills the page as a user would: the folder, values as CSV, as XLSX, templates (and how) or none. */
	public void choose(Path folder, boolean csv, boolean xlsx, TemplateLayout layout) {
		page.choose(folder, csv, xlsx, layout);
	}

	/** @return the job of the last Finish, {@code null} before */
	public Job exportJob() {
		return exportJob;
	}
}
