package org.profmonitor.ui.internal.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.UnitLevel;

/**
 * The card's unit: a combo of the region, its municipalities and organisations (each as
 * «код — название»), into which a code may also be typed. The choice is read back as a code; a
 * typed code the campaign's directory lacks is reported by the caller with the code.
 */
final class UnitField {

	/* between the code and the name in an item: a code never holds it */
	private static final String SEPARATOR = " \u2014 "; //$NON-NLS-1$

	private final Combo combo;
	private final List<Unit> units = new ArrayList<>();

	UnitField(Composite parent) {
		combo = new Combo(parent, SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
	}

	Combo combo() {
		return combo;
	}

	/**
	 * @param units the campaign's directory
	 * @return the region, then each municipality followed by its organisations, as the navigator
	 *         shows them
	 */
	static List<Unit> ordered(Units units) {
		List<Unit> ordered = new ArrayList<>();
		ordered.add(units.region());
		for (Unit municipality : units.of(UnitLevel.MUNICIPALITY)) {
			ordered.add(municipality);
			units.of(UnitLevel.ORGANISATION).stream()
					.filter(organisation -> municipality.code().equals(organisation.municipalityCode()))
					.forEach(ordered::add);
		}
		return ordered;
	}

	/** @param all the units to offer, in their order */
	void setUnits(List<Unit> all) {
		String chosen = code();
		units.clear();
		units.addAll(all);
		combo.setItems(all.stream().map(UnitField::item).toArray(String[]::new));
		if (!chosen.isEmpty()) {
			show(chosen);
		}
	}

	/** @return whether the campaign's units are known yet */
	boolean hasUnits() {
		return !units.isEmpty();
	}

	/** Shows a unit chosen elsewhere (the navigator); a code not listed is shown as it is. */
	void show(String code) {
		Optional<Unit> unit = find(code);
		if (unit.isPresent()) {
			combo.select(units.indexOf(unit.get()));
		} else {
			combo.setText(code);
		}
	}

	/** @return the code chosen or typed, "" when none */
	String code() {
		String text = combo.getText().strip();
		int separator = text.indexOf(SEPARATOR.strip());
		return (separator < 0 ? text : text.substring(0, separator)).strip();
	}

	/** @return the chosen unit, empty when nothing is chosen or the code is not the campaign's */
	Optional<Unit> chosen() {
		return find(code());
	}

	/** @return the chosen unit's code as the directory spells it, else the text typed */
	String chosenCode() {
		return chosen().map(Unit::code).orElse(code());
	}

	private Optional<Unit> find(String code) {
		return units.stream().filter(unit -> unit.code().equalsIgnoreCase(code)).findFirst();
	}

	private static String item(Unit unit) {
		return unit.code() + SEPARATOR + unit.name();
	}
}
