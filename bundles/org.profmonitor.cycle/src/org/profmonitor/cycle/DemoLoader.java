package org.profmonitor.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.internal.Messages;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * Loads the demo campaigns of every installed region into a database: the campaign's metadata
 * when the database does not have it yet, and its values through the same import as users' files.
 * Loading twice changes nothing the second time.
 */
public final class DemoLoader {

	/** The user the audit records for demo values. */
	public static final String USER = "demo"; //$NON-NLS-1$

	/**
	 * What a load did.
	 *
	 * @param campaignIds      the demo campaigns, in load order
	 * @param campaignsCreated how many of them were new in the database
	 * @param values           the values written, summed over the campaigns
	 */
	public record Result(List<String> campaignIds, int campaignsCreated, ApplyResult values) {
	}

	private final Store store;
	private final IndicatorSetRegistry registry;

	/**
	 * @param store    the open database
	 * @param registry the installed indicator sets
	 */
	public DemoLoader(Store store, IndicatorSetRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	/**
	 * Loads every demo campaign. Each campaign's values are written in one transaction; a campaign
	 * whose demo data has a problem stops the load with nothing of that campaign written.
	 *
	 * @return what was loaded
	 * @throws CycleException when demo data cannot be read or has problems
	 * @throws StoreException when the database fails
	 */
	public Result load() throws CycleException, StoreException {
		List<String> ids = new ArrayList<>();
		int created = 0;
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		for (IndicatorSetContribution contribution : registry.contributions()) {
			// the previous campaign first: a campaign refers to it
			List<DemoCampaign> demos = contribution.demoCampaigns().stream()
					.sorted(Comparator.comparing(demo -> String.valueOf(demo.campaign().getAcademicYear()))).toList();
			for (DemoCampaign demo : demos) {
				if (store.campaigns().find(demo.id()).isEmpty()) {
					store.campaigns().save(info(contribution, demo));
					created++;
				}
				store.organisations().register(contribution.directory());
				if (store.campaigns().entryLock(demo.id()).isPresent()) {
					// closed for entry: its values stay as they are, which is what a second load means
					ids.add(demo.id());
					continue;
				}
				ApplyResult result = loadValues(contribution, demo);
				inserted += result.inserted();
				updated += result.updated();
				unchanged += result.unchanged();
				ids.add(demo.id());
			}
		}
		return new Result(List.copyOf(ids), created, new ApplyResult(inserted, updated, unchanged));
	}

	private ApplyResult loadValues(IndicatorSetContribution contribution, DemoCampaign demo)
			throws CycleException, StoreException {
		CampaignContext campaign = CampaignContext.resolve(store, registry, demo.id());
		Path folder = null;
		try {
			folder = Files.createTempDirectory("profmonitor-demo"); //$NON-NLS-1$
			Path file = folder.resolve(fileName(demo.values()));
			try (InputStream in = demo.values().openStream()) {
				Files.copy(in, file);
			}
			ValueImport valueImport = new ValueImport(store, campaign);
			ImportBatch batch = valueImport.read(List.of(file));
			if (!batch.isApplicable()) {
				throw new CycleException(NLS.bind(Messages.DemoInvalid,
						new Object[] { demo.id(), batch.problems().size(), batch.problems().get(0) }));
			}
			return valueImport.apply(batch, USER);
		} catch (IOException e) {
			throw new CycleException(NLS.bind(Messages.DemoUnreadable, demo.values(), e.getMessage()), e);
		} finally {
			delete(folder);
		}
	}

	private CampaignInfo info(IndicatorSetContribution contribution, DemoCampaign demo) {
		Campaign campaign = demo.campaign();
		String previous = contribution.previousOf(demo).map(DemoCampaign::id).orElse(null);
		CampaignStatus status = campaign.getStatus() == null ? CampaignStatus.get(0) : campaign.getStatus();
		// the store reads the opening order's fields; the registry's model object is not changed
		return new CampaignInfo(demo.id(), contribution.id(), campaign.getTitle(), campaign.getAcademicYear(),
				campaign.getPeriodStart(), campaign.getPeriodEnd(), campaign.getSchedule(), status,
				campaign.getOpeningOrder(), previous, campaign.getNote());
	}

	private static String fileName(URL url) {
		String path = url.getPath();
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.isEmpty() ? "values.csv" : name; //$NON-NLS-1$
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a temporary copy left behind is harmless
		}
	}
}
