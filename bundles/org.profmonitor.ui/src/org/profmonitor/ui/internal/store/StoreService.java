package org.profmonitor.ui.internal.store;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.security.storage.StorageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.DemoLoader;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.ValueChange;
import org.profmonitor.ui.internal.Messages;
import org.profmonitor.ui.internal.UiPlugin;

/**
 * The one database of the workbench. It is opened on first use, from a Job (opening migrates the
 * schema and may load the demo campaigns, which must not block the UI thread), and stays open
 * until the bundle stops: an embedded Derby database belongs to one program at a time, so opening
 * it per view would fail.
 * <p>
 * Views learn of saved values through {@link #addValuesListener}, which is how the results view
 * follows the data entry editor without either knowing the other.
 */
public final class StoreService {

	private static final StoreService INSTANCE = new StoreService();

	private final ListenerList<Consumer<SavedValues>> valuesListeners = new ListenerList<>();
	private Store store;

	private StoreService() {
	}

	/** @return the workbench's database service */
	public static StoreService getDefault() {
		return INSTANCE;
	}

	/**
	 * @return the location the preferences name (folder or JDBC URL), for a server with the user of
	 *         the preferences and the password of the secure storage
	 */
	public static StoreLocation configuredLocation() {
		String configured = Platform.getPreferencesService().getString(UiPlugin.ID, UiPreferences.DATABASE, null,
				null);
		StoreLocation location = configured == null || configured.isBlank() ? StoreLocation.defaultLocation()
				: StoreLocation.of(configured);
		if (location.isEmbedded()) {
			return location;
		}
		location = location.withUser(UiPreferences.databaseUser());
		try {
			String password = SecretStore.password();
			return password == null ? location : location.withPassword(password);
		} catch (StorageException e) {
			// the server then says that it wants a password, which is the message the user can act on
			UiPlugin.log(e.getMessage(), e);
			return location;
		}
	}

	/**
	 * Opens the database on first call; when it has no campaign at all (a first start), loads the
	 * demo campaigns of every installed region, so a methodologist sees real figures at once.
	 * Call from a Job, never from the UI thread.
	 *
	 * @param monitor progress; the demo load is one step
	 * @return the open store
	 * @throws StoreException when the database cannot be opened (held by another program...)
	 * @throws CycleException when the demo data is broken
	 */
	public synchronized Store store(IProgressMonitor monitor) throws StoreException, CycleException {
		if (store != null) {
			return store;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Store_Opening, 2);
		Store opened = Store.open(configuredLocation());
		progress.split(1);
		try {
			if (opened.campaigns().list().isEmpty()) {
				progress.subTask(Messages.Store_LoadingDemo);
				new DemoLoader(opened, IndicatorSetRegistry.getDefault()).load();
			}
			progress.split(1);
		} catch (StoreException | CycleException | RuntimeException e) {
			opened.close();
			throw e;
		}
		store = opened;
		return store;
	}

	/** @return the open store, or {@code null} when no Job has opened it yet */
	public synchronized Store storeIfOpen() {
		return store;
	}

	/** Closes the database (bundle stop, tests); the next {@link #store} opens it again. */
	public synchronized void close() {
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/** @param listener told of a campaign's values saved; called on any thread */
	public void addValuesListener(Consumer<SavedValues> listener) {
		valuesListeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeValuesListener(Consumer<SavedValues> listener) {
		valuesListeners.remove(listener);
	}

	/** @param campaignId the campaign whose values were just written in bulk (an import) */
	public void fireValuesSaved(String campaignId) {
		fire(SavedValues.bulk(campaignId));
	}

	/**
	 * @param campaignId the campaign whose values were just written
	 * @param changes    the values written, in order
	 */
	public void fireValuesEdited(String campaignId, List<ValueChange> changes) {
		fire(SavedValues.edited(campaignId, changes));
	}

	private void fire(SavedValues saved) {
		for (Consumer<SavedValues> listener : valuesListeners) {
			listener.accept(saved);
		}
	}
}
