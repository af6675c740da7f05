package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/** {@code profmonitor campaigns}: the campaigns in the database, one line each. */
final class CampaignsCommand extends DatabaseCommand {

	CampaignsCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Campaigns;
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err) throws StoreException {
		List<CampaignInfo> campaigns = store.campaigns().list();
		if (campaigns.isEmpty()) {
			out.println(Messages.Campaigns_None);
			return 0;
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.Campaigns_Id, Messages.Campaigns_Set, Messages.Campaigns_Year,
				Messages.Campaigns_Status });
		for (CampaignInfo campaign : campaigns) {
			rows.add(new String[] { campaign.id(), campaign.indicatorSetId(), text(campaign.academicYear()),
					campaign.status().getLiteral() });
		}
		RegionsCommand.print(rows, out);
		return 0;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "\u2014" : value; //$NON-NLS-1$
	}
}
