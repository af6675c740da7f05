package org.profmonitor.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor's input that is a campaign of the database, by id. Each editor has its own subclass:
 * inputs are equal only within one class, so the workbench never takes an open editor of another
 * kind on the same campaign for the one asked for. Not persisted across restarts: campaigns live
 * in the database.
 */
public abstract class CampaignInput implements IEditorInput {

	private final String campaignId;
	private final String title;

	/**
	 * @param campaignId the campaign's id
	 * @param title      its title, for the tab; {@code null} shows the id
	 */
	protected CampaignInput(String campaignId, String title) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.title = title == null ? campaignId : title;
	}

	/** @return the campaign's id */
	public String campaignId() {
		return campaignId;
	}

	/** @return the campaign's title, or its id */
	protected String title() {
		return title;
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

	// one editor per campaign and kind: opening it again activates the open one
	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass()
				&& ((CampaignInput) other).campaignId.equals(campaignId);
	}

	@Override
	public int hashCode() {
		return campaignId.hashCode();
	}
}
