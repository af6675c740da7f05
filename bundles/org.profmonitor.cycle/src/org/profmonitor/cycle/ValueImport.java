package org.profmonitor.cycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cycle.internal.Messages;
import org.profmonitor.exchange.DataImporter;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.store.ApplyResult;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;

/**
 * The import of collected values into a campaign: files are read and checked as a whole by the
 * exchange bundle, and a batch is written only when it has no problem at all, in one transaction.
 * The command line, the workbench and the demo loader all import through here.
 */
public final class ValueImport {

	/* The audit's SOURCE column is VARCHAR(1000). */
	private static final int MAX_SOURCE = 1000;

	private final Store store;
	private final CampaignContext campaign;

	/**
	 * @param store    the open database
	 * @param campaign the campaign imported into
	 */
	public ValueImport(Store store, CampaignContext campaign) {
		this.store = store;
		this.campaign = campaign;
	}

	/**
	 * Refuses an import into a campaign closed for entry before any file is read.
	 *
	 * @throws StoreException naming the campaign, who closed it and when
	 */
	public void requireOpen() throws StoreException {
		store.campaigns().requireOpenForEntry(campaign.id());
	}

	/**
	 * Reads and checks files; writes nothing.
	 *
	 * @param paths files and folders
	 * @return every valid value and every problem
	 */
	public ImportBatch read(Collection<Path> paths) {
		return new DataImporter(campaign.indicatorSet(), campaign.directory(), campaign.id()).importFiles(paths);
	}

	/**
	 * Compares a batch with the database: what {@link #apply} would write. Writes nothing.
	 *
	 * @param batch a batch read by {@link #read}
	 * @return the values that would be inserted, updated and left unchanged
	 * @throws StoreException when the database fails
	 */
	public ApplyResult preview(ImportBatch batch) throws StoreException {
		Map<String, Double> stored = new HashMap<>();
		for (StoredValue value : store.values().values(campaign.id())) {
			stored.put(key(value.organisationCode(), value.elementCode(), value.disaggregation()), value.value());
		}
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		for (ValueChange change : changes(batch)) {
			Double old = stored.get(key(change.organisationCode(), change.elementCode(), change.disaggregation()));
			if (old == null) {
				inserted++;
			} else if (old.doubleValue() == change.value()) {
				unchanged++;
			} else {
				updated++;
			}
		}
		return new ApplyResult(inserted, updated, unchanged);
	}

	/**
	 * Writes a batch in one transaction, with the files' names as the audit's source.
	 *
	 * @param batch a batch read by {@link #read}
	 * @param user  who imports, recorded in the audit
	 * @return what was written
	 * @throws CycleException when the batch has problems; nothing is written
	 * @throws StoreException when the database refuses the values; nothing is written
	 */
	public ApplyResult apply(ImportBatch batch, String user) throws CycleException, StoreException {
		if (!batch.isApplicable()) {
			throw new CycleException(NLS.bind(Messages.ImportRefused, batch.problems().size()));
		}
		// the server checks a municipal user's scope against the organisations it knows
		store.organisations().register(campaign.directory());
		return store.values().applyValues(campaign.id(), changes(batch), user, source(batch));
	}

	/** @return the batch's values as the store writes them */
	public static List<ValueChange> changes(ImportBatch batch) {
		List<ValueChange> changes = new ArrayList<>(batch.values().size());
		for (ValueRecord value : batch.values()) {
			changes.add(new ValueChange(value.organisationCode(), value.elementCode(), value.disaggregation(),
					value.value()));
		}
		return changes;
	}

	/** @return the names of the files the values come from, as the audit records them */
	static String source(ImportBatch batch) {
		Set<String> names = new LinkedHashSet<>();
		for (ValueRecord value : batch.values()) {
			names.add(value.sourceFile().getFileName().toString());
		}
		String joined = String.join(", ", names); //$NON-NLS-1$
		return joined.length() <= MAX_SOURCE ? joined : joined.substring(0, MAX_SOURCE - 1) + '\u2026';
	}

	private static String key(String organisation, String element, String disaggregation) {
		return organisation + '\u0000' + element + '\u0000' + (disaggregation == null ? "" : disaggregation); //$NON-NLS-1$
	}
}
