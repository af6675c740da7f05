package org.profmonitor.ui.internal.navigator;

import java.util.List;

/**
 * A top-level folder of the navigator: «Регионы», «Наборы показателей» or «Кампании».
 *
 * @param label    the folder's name, translated
 * @param children what it contains
 */
public record NavigatorFolder(String label, List<?> children) {

	/** Freezes the list. */
	public NavigatorFolder {
		children = List.copyOf(children);
	}
}
