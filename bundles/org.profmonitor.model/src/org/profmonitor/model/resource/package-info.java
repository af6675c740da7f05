/*
 * Copyright (c) ProfMonitor contributors.
 */
/**
 * Loading and saving ProfMonitor models as UTF-8 XMI.
 */
package org.profmonitor.model.resource;
