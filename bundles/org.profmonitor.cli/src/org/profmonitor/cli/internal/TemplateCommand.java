package org.profmonitor.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignContext;
import org.profmonitor.cycle.CycleException;
import org.profmonitor.exchange.TemplateGenerator;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/** {@code profmonitor template --campaign ID --out DIR}: the XLSX data-collection workbooks. */
final class TemplateCommand extends DatabaseCommand {

	TemplateCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Template;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN, CommandOptions.OUT, CommandOptions.LAYOUT);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		super.validate(options);
		options.required(CommandOptions.CAMPAIGN);
		options.required(CommandOptions.OUT);
		layout(options);
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, CycleException, UsageException {
		CampaignContext campaign = CampaignContext.resolve(store, registry, options.required(CommandOptions.CAMPAIGN));
		Path folder = Path.of(options.required(CommandOptions.OUT));
		List<Path> files;
		try {
			files = TemplateGenerator.forCampaign(campaign.toCampaign(), campaign.directory()).generate(folder,
					layout(options));
		} catch (IOException e) {
			throw new CycleException(NLS.bind(Messages.Error_Write, folder, e.getMessage()), e);
		}
		out.println(NLS.bind(Messages.Template_Done, files.size(), folder.toAbsolutePath()));
		return 0;
	}

	private static TemplateLayout layout(CommandOptions options) throws UsageException {
		String layout = options.value(CommandOptions.LAYOUT);
		if (layout == null || "organisation".equals(layout)) { //$NON-NLS-1$
			return TemplateLayout.PER_ORGANISATION;
		}
		if ("municipality".equals(layout)) { //$NON-NLS-1$
			return TemplateLayout.PER_MUNICIPALITY;
		}
		throw new UsageException(NLS.bind(Messages.Option_BadValue, CommandOptions.LAYOUT, layout));
	}
}
