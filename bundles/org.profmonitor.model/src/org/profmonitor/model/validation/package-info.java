/*
 * Copyright (c) ProfMonitor contributors.
 */
/**
 * Validation of ProfMonitor models: the entry point and the formula-checking hook for core.
 */
package org.profmonitor.model.validation;
