package org.profmonitor.ui.internal.entry;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.Numbers;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.ui.internal.Messages;

/** A data element's column header (code and unit) and its tooltip (name, type, range, whole). */
final class ElementHeader {

	private ElementHeader() {
	}

	static String title(DataElement element) {
		String unit = element.getUnit();
		return unit == null || unit.isBlank() ? element.getCode() : element.getCode() + ", " + unit; //$NON-NLS-1$
	}

	static String tooltip(DataElement element) {
		StringBuilder tip = new StringBuilder(element.getName() == null ? element.getCode() : element.getName());
		tip.append('\n').append(type(element.getType()));
		if (element.getMin() != null || element.getMax() != null) {
			tip.append('\n').append(NLS.bind(Messages.Entry_Range, bound(element.getMin()), bound(element.getMax())));
		}
		if (element.getWhole() != null) {
			tip.append('\n').append(NLS.bind(Messages.Entry_Whole, element.getWhole().getCode()));
		}
		return tip.toString();
	}

	private static String bound(Double bound) {
		return bound == null ? "\u2014" : Numbers.format(bound); //$NON-NLS-1$
	}

	private static String type(DataElementType type) {
		if (type == DataElementType.FLAG) {
			return Messages.Entry_TypeFlag;
		}
		return type == DataElementType.NUMBER ? Messages.Entry_TypeNumber : Messages.Entry_TypeCount;
	}
}
