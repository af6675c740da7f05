/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.time.Instant;

/**
 * A campaign closed for entry: no value of it is written until the regional methodologist
 * reopens it.
 *
 * @param campaignId the campaign
 * @param lockedBy   who closed it
 * @param lockedAt   when
 */
public record EntryLock(String campaignId, String lockedBy, Instant lockedAt) {
}
