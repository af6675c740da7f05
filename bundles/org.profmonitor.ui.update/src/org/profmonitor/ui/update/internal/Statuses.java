package org.profmonitor.ui.update.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

/** p2 explains a failed plan in the children of its status; the user needs them, not just the headline. */
final class Statuses {

	private Statuses() {
	}

	/** @return the status's message and those of its problems, one a line, without repeats */
	static String describe(IStatus status) {
		List<String> lines = new ArrayList<>();
		collect(status, lines);
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static void collect(IStatus status, List<String> lines) {
		String message = status.getMessage();
		if (message != null && !message.isBlank() && !lines.contains(message)) {
			lines.add(message);
		}
		for (IStatus child : status.getChildren()) {
			collect(child, lines);
		}
	}
}
