/*******************************************************************************
 * Copyright (c) 2026 ProfMonitor contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.profmonitor.ui.internal;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule that conflicts only with itself: the jobs of one view that hold it run
 * one after another, so a later job never finishes before an earlier one and is overwritten by
 * it, while jobs of other views still run beside them.
 */
public final class SerialRule implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this;
	}
}
