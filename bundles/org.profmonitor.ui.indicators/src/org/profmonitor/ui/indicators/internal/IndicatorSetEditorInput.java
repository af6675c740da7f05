package org.profmonitor.ui.indicators.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What the indicator-set editor opens: a contribution by its id, which stays the same when the
 * registry is reloaded or the region bundle updated, so one editor per set.
 *
 * @param contributionId the id of the {@code indicatorSet} element
 * @param title          the set's title, for the editor's tab until it is open
 */
public record IndicatorSetEditorInput(String contributionId, String title) implements IEditorInput {

	/** Rejects a missing id. */
	public IndicatorSetEditorInput {
		Objects.requireNonNull(contributionId, "contributionId"); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false; // not in the list of recently opened editors: the registry may not have it next time
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return title == null ? contributionId : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return contributionId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IndicatorSetEditorInput that && contributionId.equals(that.contributionId);
	}

	@Override
	public int hashCode() {
		return contributionId.hashCode();
	}
}
