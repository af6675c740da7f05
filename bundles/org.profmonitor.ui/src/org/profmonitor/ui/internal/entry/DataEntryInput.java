package org.profmonitor.ui.internal.entry;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.profmonitor.ui.internal.Messages;

/** The data entry editor's input: a campaign of the database, by id. Not persisted across restarts. */
public final class DataEntryInput implements IEditorInput {

	private final String campaignId;
	private final String title;

	/**
	 * @param campaignId the campaign's id
	 * @param title      its title, for the tab; {@code null} shows the id
	 */
	public DataEntryInput(String campaignId, String title) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.title = title == null ? campaignId : title;
	}

	/** @return the campaign's id */
	public String campaignId() {
		return campaignId;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null; // the editor's icon from plugin.xml is used
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Entry_Title, title);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Entry_Tooltip, title, campaignId);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	// one editor per campaign: opening it again activates the open one
	@Override
	public boolean equals(Object other) {
		return other instanceof DataEntryInput input && input.campaignId.equals(campaignId);
	}

	@Override
	public int hashCode() {
		return campaignId.hashCode();
	}
}
