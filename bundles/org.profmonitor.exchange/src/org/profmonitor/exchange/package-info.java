/*
 * Copyright (c) ProfMonitor contributors.
 */
/**
 * Data collection and import of a monitoring campaign, without a database: XLSX data-collection
 * templates ({@link org.profmonitor.exchange.TemplateGenerator}) and the parsing and validation of
 * filled templates and CSV files into an all-or-nothing {@link org.profmonitor.exchange.ImportBatch}
 * ({@link org.profmonitor.exchange.DataImporter}) that the store writes later.
 */
package org.profmonitor.exchange;
