package org.profmonitor.cli.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.cli.internal.CommandOptions.UsageException;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.EntryLock;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * {@code profmonitor campaigns}: the campaigns in the database, one line each, with whether they
 * take data; {@code campaigns lock|unlock --campaign ID} closes a campaign for entry and reopens it
 * (the regional methodologist only).
 */
final class CampaignsCommand extends DatabaseCommand {

	private static final String LOCK = "lock"; //$NON-NLS-1$
	private static final String UNLOCK = "unlock"; //$NON-NLS-1$
	/* who the store records on an embedded database; on a server it records the database user */
	private static final String USER = System.getProperty("user.name", "profmonitor"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	CampaignsCommand(IndicatorSetRegistry registry) {
		super(registry);
	}

	@Override
	String help() {
		return Messages.Help_Campaigns;
	}

	@Override
	Set<String> valueOptions() {
		return Set.of(CommandOptions.CAMPAIGN);
	}

	@Override
	void validate(CommandOptions options) throws UsageException {
		List<String> arguments = options.arguments();
		if (arguments.size() > 1 || (arguments.size() == 1 && !LOCK.equals(arguments.get(0))
				&& !UNLOCK.equals(arguments.get(0)))) {
			throw new UsageException(NLS.bind(Messages.Option_Unexpected, arguments.get(arguments.size() - 1)));
		}
		if (!arguments.isEmpty()) {
			options.required(CommandOptions.CAMPAIGN);
		}
	}

	@Override
	int execute(Store store, CommandOptions options, PrintStream out, PrintStream err)
			throws StoreException, UsageException {
		if (options.arguments().isEmpty()) {
			return list(store, out);
		}
		String id = options.required(CommandOptions.CAMPAIGN);
		if (LOCK.equals(options.arguments().get(0))) {
			EntryLock lock = store.campaigns().lockEntry(id, USER);
			out.println(NLS.bind(Messages.Campaigns_Locked, new Object[] { id, lock.lockedBy(), TIME.format(lock.lockedAt()) }));
		} else {
			boolean wasLocked = store.campaigns().unlockEntry(id, USER);
			out.println(NLS.bind(wasLocked ? Messages.Campaigns_Unlocked : Messages.Campaigns_WasOpen, id));
		}
		return 0;
	}

	private static int list(Store store, PrintStream out) throws StoreException {
		List<CampaignInfo> campaigns = store.campaigns().list();
		if (campaigns.isEmpty()) {
			out.println(Messages.Campaigns_None);
			return 0;
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.Campaigns_Id, Messages.Campaigns_Set, Messages.Campaigns_Year,
				Messages.Campaigns_Status, Messages.Campaigns_Entry });
		for (CampaignInfo campaign : campaigns) {
			Optional<EntryLock> lock = store.campaigns().entryLock(campaign.id());
			rows.add(new String[] { campaign.id(), campaign.indicatorSetId(), text(campaign.academicYear()),
					campaign.status().getLiteral(), lock.isPresent()
							? NLS.bind(Messages.Campaigns_EntryClosed, lock.get().lockedBy(), TIME.format(lock.get().lockedAt()))
							: Messages.Campaigns_EntryOpen });
		}
		RegionsCommand.print(rows, out);
		return 0;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? "\u2014" : value; //$NON-NLS-1$
	}
}
