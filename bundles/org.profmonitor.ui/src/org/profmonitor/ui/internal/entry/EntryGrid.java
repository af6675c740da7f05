package org.profmonitor.ui.internal.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.ListenerList;
import org.profmonitor.exchange.internal.Numbers;
import org.profmonitor.exchange.internal.ReferenceData;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.StoredValue;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueEdit;
import org.profmonitor.cycle.CampaignContext;

/**
 * The data of the entry editor, without any widget: organisations (rows, directory order) × data
 * elements (columns, set order), each cell the text the user typed, the values as stored, and the
 * problems of each organisation's row. Totals only: disaggregated values are entered by import.
 * <p>
 * Used on the UI thread only; listeners hear of every changed cell, undo and redo included.
 */
public final class EntryGrid {

	/** A cell: row and column indexes. */
	public record Cell(int row, int column) {
	}

	private final CampaignContext campaign;
	private final ReferenceData reference;
	private final List<Organisation> organisations;
	private final List<DataElement> elements;
	private final Map<Cell, Double> saved = new HashMap<>();
	private final Map<Cell, String> texts = new HashMap<>();
	private final Map<Cell, String> problems = new HashMap<>();
	private final ListenerList<Runnable> listeners = new ListenerList<>();

	/**
	 * @param campaign the campaign with its set and directory
	 * @param stored   the campaign's values in the store
	 */
	public EntryGrid(CampaignContext campaign, List<StoredValue> stored) {
		this.campaign = campaign;
		this.reference = ReferenceData.of(campaign.indicatorSet(), campaign.directory(), campaign.id());
		List<Organisation> rows = new ArrayList<>();
		for (Municipality municipality : campaign.directory().getMunicipalities()) {
			rows.addAll(municipality.getOrganisations());
		}
		this.organisations = List.copyOf(rows);
		this.elements = List.copyOf(campaign.indicatorSet().getDataElements());
		Map<String, Integer> rowOf = indexes(organisations.stream().map(Organisation::getCode).toList());
		Map<String, Integer> columnOf = indexes(elements.stream().map(DataElement::getCode).toList());
		for (StoredValue value : stored) {
			Integer row = rowOf.get(value.organisationCode());
			Integer column = columnOf.get(value.elementCode());
			if (row != null && column != null && value.disaggregation().isEmpty()) {
				Cell cell = new Cell(row, column);
				saved.put(cell, value.value());
				texts.put(cell, Numbers.format(value.value()));
			}
		}
		for (int row = 0; row < organisations.size(); row++) {
			validateRow(row);
		}
	}

	private static Map<String, Integer> indexes(List<String> codes) {
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			indexes.put(codes.get(i), i);
		}
		return indexes;
	}

	/** @return the campaign */
	public CampaignContext campaign() {
		return campaign;
	}

	/** @return the campaign's set and directory by code, as the import's rules take them */
	ReferenceData reference() {
		return reference;
	}

	/** @return the organisations, one per row */
	public List<Organisation> organisations() {
		return organisations;
	}

	/** @return the data elements, one per column */
	public List<DataElement> elements() {
		return elements;
	}

	/** @return the text of a cell, {@code ""} when empty */
	public String text(int row, int column) {
		return texts.getOrDefault(new Cell(row, column), ""); //$NON-NLS-1$
	}

	/** @return the problem of a cell in the user's language, or {@code null} */
	public String problem(int row, int column) {
		return problems.get(new Cell(row, column));
	}

	/** @return every cell with a problem and its message */
	public Map<Cell, String> problems() {
		return Collections.unmodifiableMap(problems);
	}

	/** @return whether the cell's text differs from the stored value */
	public boolean isChanged(int row, int column) {
		Cell cell = new Cell(row, column);
		Double stored = saved.get(cell);
		String text = texts.getOrDefault(cell, ""); //$NON-NLS-1$
		if (stored == null) {
			return !text.isBlank();
		}
		OptionalDouble typed = parse(cell, text);
		return typed.isEmpty() || typed.getAsDouble() != stored;
	}

	/** @return whether any cell differs from the store */
	public boolean isDirty() {
		return texts.keySet().stream().anyMatch(cell -> isChanged(cell.row(), cell.column()))
				|| saved.keySet().stream().anyMatch(cell -> isChanged(cell.row(), cell.column()));
	}

	/**
	 * Sets a cell's text and checks its row again. Call through {@link SetCellOperation} so that
	 * the change can be undone.
	 */
	void setText(int row, int column, String text) {
		Cell cell = new Cell(row, column);
		if (text == null || text.isBlank()) {
			texts.remove(cell);
		} else {
			texts.put(cell, text.strip());
		}
		validateRow(row);
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/**
	 * What the row's problems would be with another text in one cell, for the message shown while
	 * the user types; the grid is not changed.
	 *
	 * @return the problem of that cell with that text, or {@code null}
	 */
	public String problemIfTyped(int row, int column, String text) {
		Map<Integer, String> rowTexts = rowTexts(row);
		if (text == null || text.isBlank()) {
			rowTexts.remove(column);
		} else {
			rowTexts.put(column, text.strip());
		}
		return GridValidation.validate(this, row, rowTexts).get(column);
	}

	private void validateRow(int row) {
		problems.keySet().removeIf(cell -> cell.row() == row);
		GridValidation.validate(this, row, rowTexts(row))
				.forEach((column, message) -> problems.put(new Cell(row, column), message));
	}

	private Map<Integer, String> rowTexts(int row) {
		Map<Integer, String> rowTexts = new HashMap<>();
		texts.forEach((cell, text) -> {
			if (cell.row() == row) {
				rowTexts.put(cell.column(), text);
			}
		});
		return rowTexts;
	}

	/** @return whether the row's cell was stored, so that emptying it is a problem */
	boolean isStored(int row, int column) {
		return saved.containsKey(new Cell(row, column));
	}

	/**
	 * @return the changed cells as values to write; only meaningful when there is no problem
	 */
	public List<ValueChange> changes() {
		List<ValueChange> changes = new ArrayList<>();
		texts.forEach((cell, text) -> {
			if (isChanged(cell.row(), cell.column())) {
				parse(cell, text).ifPresent(value -> changes.add(ValueChange
						.of(organisations.get(cell.row()).getCode(), elements.get(cell.column()).getCode(), value)));
			}
		});
		return changes;
	}

	/**
	 * @return the changed cells as edits, each with the value read from the database (or none), so
	 *         that the store refuses to overwrite what another user saved meanwhile
	 */
	public List<ValueEdit> edits() {
		List<ValueEdit> edits = new ArrayList<>();
		texts.forEach((cell, text) -> {
			if (isChanged(cell.row(), cell.column())) {
				parse(cell, text).ifPresent(value -> edits.add(new ValueEdit(ValueChange.of(
						organisations.get(cell.row()).getCode(), elements.get(cell.column()).getCode(), value),
						saved.get(cell))));
			}
		});
		return edits;
	}

	/** Takes the written values as the stored ones: the grid is clean again. */
	public void markSaved(List<ValueChange> written) {
		Map<String, Integer> rowOf = indexes(organisations.stream().map(Organisation::getCode).toList());
		Map<String, Integer> columnOf = indexes(elements.stream().map(DataElement::getCode).toList());
		for (ValueChange change : written) {
			saved.put(new Cell(rowOf.get(change.organisationCode()), columnOf.get(change.elementCode())),
					change.value());
		}
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	private OptionalDouble parse(Cell cell, String text) {
		return Numbers.parse(text, elements.get(cell.column()).getType() == DataElementType.FLAG);
	}

	/** @param listener run after every change of a cell or of the stored state */
	public void addListener(Runnable listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
