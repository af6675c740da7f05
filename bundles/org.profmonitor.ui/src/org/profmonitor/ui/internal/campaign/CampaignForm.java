package org.profmonitor.ui.internal.campaign;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.Dates;
import org.profmonitor.ui.internal.Messages;

/**
 * The campaign page: the opening order (number, date), the collection period and the status. The
 * fields are text as typed; {@link #edited} turns them back into the campaign or names the field
 * that is wrong.
 */
final class CampaignForm {

	/** A field typed wrong; the message names it. */
	static final class WrongField extends Exception {
		private static final long serialVersionUID = 1L;

		WrongField(String message) {
			super(message);
		}
	}

	private final Composite body;
	private final Label title;
	private final Text orderNumber;
	private final Text orderDate;
	private final Text periodStart;
	private final Text periodEnd;
	private final Combo status;
	private final Label message;
	private boolean filling;

	CampaignForm(Composite parent, Runnable changed) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		title = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);
		orderNumber = text(Messages.Campaign_OrderNumber, changed);
		orderDate = text(Messages.Campaign_OrderDate, changed);
		periodStart = text(Messages.Campaign_PeriodStart, changed);
		periodEnd = text(Messages.Campaign_PeriodEnd, changed);
		new Label(body, SWT.NONE).setText(Messages.Campaign_Status);
		status = new Combo(body, SWT.READ_ONLY);
		status.setItems(StatusLabels.all());
		status.addListener(SWT.Selection, event -> notify(changed));
		message = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
	}

	private Text text(String label, Runnable changed) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> notify(changed));
		return text;
	}

	private void notify(Runnable changed) {
		if (!filling) {
			changed.run();
		}
	}

	Composite control() {
		return body;
	}

	void fill(CampaignInfo campaign) {
		filling = true;
		try {
			title.setText(heading(campaign));
			LegalAct order = campaign.openingOrder();
			orderNumber.setText(order == null || order.getNumber() == null ? "" : order.getNumber()); //$NON-NLS-1$
			orderDate.setText(Dates.format(order == null ? null : order.getDate()));
			periodStart.setText(Dates.format(campaign.periodStart()));
			periodEnd.setText(Dates.format(campaign.periodEnd()));
			status.select(StatusLabels.ORDER.indexOf(campaign.status()));
		} finally {
			filling = false;
		}
		body.layout(true, true);
	}

	/* the titles of the demo campaigns name their year already */
	private static String heading(CampaignInfo campaign) {
		if (campaign.title() == null) {
			return campaign.id();
		}
		String year = campaign.academicYear();
		return year == null || campaign.title().contains(year) ? campaign.title()
				: NLS.bind(Messages.Campaign_Heading, campaign.title(), year);
	}

	/**
	 * @param original the campaign as read
	 * @return it with the fields' values; what the page does not show is kept
	 * @throws WrongField when a date is not one or the period ends before it starts
	 */
	CampaignInfo edited(CampaignInfo original) throws WrongField {
		LocalDate start = date(periodStart, Messages.Campaign_PeriodStart);
		LocalDate end = date(periodEnd, Messages.Campaign_PeriodEnd);
		if (start != null && end != null && end.isBefore(start)) {
			throw new WrongField(NLS.bind(Messages.Campaign_PeriodReversed, Dates.format(start), Dates.format(end)));
		}
		LegalAct order = original.openingOrder() == null ? ProfmonitorFactory.eINSTANCE.createLegalAct()
				: EcoreUtil.copy(original.openingOrder());
		String number = orderNumber.getText().strip();
		order.setNumber(number.isEmpty() ? null : number);
		order.setDate(date(orderDate, Messages.Campaign_OrderDate));
		boolean noOrder = order.getTitle() == null && order.getIssuer() == null && order.getNumber() == null
				&& order.getDate() == null && order.getNote() == null;
		CampaignStatus chosen = StatusLabels.ORDER.get(Math.max(0, status.getSelectionIndex()));
		return new CampaignInfo(original.id(), original.indicatorSetId(), original.title(), original.academicYear(),
				start, end, original.schedule(), chosen, noOrder ? null : order, original.previousId(),
				original.note());
	}

	private static LocalDate date(Text field, String label) throws WrongField {
		String text = field.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		LocalDate date = Dates.parse(text);
		if (date == null) {
			throw new WrongField(NLS.bind(Messages.Campaign_WrongDate, stripColon(label), text));
		}
		return date;
	}

	private static String stripColon(String label) {
		String plain = label.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain; //$NON-NLS-1$
	}

	void showMessage(String text) {
		message.setText(text == null ? "" : text); //$NON-NLS-1$
		body.layout(true, true);
	}

	String messageText() {
		return message.getText();
	}

	/** Chooses a status as the user does in the combo. */
	void chooseStatus(CampaignStatus chosen) {
		status.select(StatusLabels.ORDER.indexOf(chosen));
		status.notifyListeners(SWT.Selection, null);
	}

	/** Types into the period's start, as the user does. */
	void typePeriodStart(String text) {
		periodStart.setText(text);
	}
}
