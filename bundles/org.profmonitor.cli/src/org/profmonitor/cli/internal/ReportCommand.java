package org.profmonitor.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.cycle.StoredResults;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportException;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.reports.ReportSignature;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor report --campaign ID --kind spravka|card|decision [--unit CODE]
 * [--form order|protocol] [--author TEXT] [--authority TEXT] --format pdf|docx|xlsx|html --out FILE}:
 * a report of a campaign computed from the values in the database, with its stored analysis when
 * there is one, signed by the author and headed by the authority when they are given.
 */
final class ReportCommand extends DatabaseCommand {

	static final String KIND = "--kind"; //$NON-NLS-1$
	static final String UNIT = "--unit"; //$NON-NLS-1$
	static final String FORM = "--form"; //$NON-NLS-1$
	static final String DESIGN = "--design"; //$NON-NLS-1$
	static final String AUTHOR = "--author"; //$NON-NLS-1$
	static final String AUTHORITY = "--authority"; //$NON-NLS-1$

	/** The reports are Russian documents whatever the user's locale: decimal comma, Russian dates. */
	private static final Locale RUSSIAN = Locale.of("ru", "RU"); //$NON-NLS-1$ //$NON-NLS-2$

	private final IProgressMonitor monitor;

	ReportCommand(IndicatorSetRegistry registry) {
		this(registry, new NullProgressMonitor());
	}

	/** @param monitor progress and cancellation of the computation and the render */
	ReportCommand(IndicatorSetRegistry registry, IProgressMonitor monitor) {
		super(registry);
		this.monitor = monitor;
	}

	@Override
	String help() {
		return Messages.Help_Report;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN, KIND, UNIT, FORM, DESIGN, AUTHOR, AUTHORITY, CommandOptions.FORMAT,
				CommandOptions.OUT);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		options.required(CommandOptions.CAMPAIGN);
		options.required(CommandOptions.OUT);
		if (kind(options).needsUnit()) {
			options.required(UNIT);
		}
		format(options);
		form(options);
		design(options);
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		CampaignContext campaign = CampaignContext.resolve(store, registry, options.required(CommandOptions.CAMPAIGN));
		CampaignResults results = StoredResults.load(store, registry, campaign, progress.split(2));
		ReportKind kind = kind(options);
		ReportData rows;
		try {
			rows = kind.rows(results, options.value(UNIT), form(options),
					new ReportSignature(options.value(AUTHOR), options.value(AUTHORITY)));
		} catch (NoSuchElementException e) {
			throw new UsageException(NLS.bind(Messages.Report_UnknownUnit, options.value(UNIT), campaign.id()));
		}
		Path file = Path.of(options.required(CommandOptions.OUT));
		try {
			// a user's own design first, else the region's where its bundle contributes one
			URL design = design(options);
			if (design == null) {
				design = ReportDesigns.design(kind, campaign.contribution().id());
			}
			ReportEngineService.getDefault().render(design, rows, format(options), RUSSIAN, file, progress.split(8));
		} catch (ReportException e) {
			throw new CycleException(e.getCause() == null ? e.getMessage() : e.getMessage() + ": " //$NON-NLS-1$
					+ e.getCause().getMessage(), e);
		} catch (IOException e) {
			throw new CycleException(NLS.bind(Messages.Error_Write, file, e.getMessage()), e);
		}
		out.println(NLS.bind(Messages.Report_Done, file.toAbsolutePath()));
		return 0;
	}

	private static ReportKind kind(CommandOptions options) throws UsageException {
		String name = options.required(KIND);
		try {
			return ReportKind.of(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Option_BadValue, KIND, name));
		}
	}

	private static ReportFormat format(CommandOptions options) throws UsageException {
		String name = options.required(CommandOptions.FORMAT);
		try {
			return ReportFormat.of(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.FORMAT, name));
		}
	}

	private static DecisionKind form(CommandOptions options) throws UsageException {
		String name = options.value(FORM);
		if (name == null || "order".equals(name)) { //$NON-NLS-1$
			return DecisionKind.ORDER;
		}
		if ("protocol".equals(name)) { //$NON-NLS-1$
			return DecisionKind.PROTOCOL;
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, FORM, name));
	}

	/**
	 * A design the user changed or wrote (in BIRT Report Designer) from one of ours: it reads the same
	 * data sets, so it is rendered with the same rows.
	 */
	private static URL design(CommandOptions options) throws UsageException {
		String value = options.value(DESIGN);
		if (value == null) {
			return null;
		}
		Path file = Path.of(value).toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			throw new UsageException(NLS.bind(Messages.Report_NoDesign, file));
		}
		try {
			return file.toUri().toURL();
		} catch (MalformedURLException e) {
			throw new UsageException(NLS.bind(Messages.Report_NoDesign, file));
		}
	}
}
