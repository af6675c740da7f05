package org.profmonitor.ui.indicators.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.profmonitor.core.formula.FormulaProblem;

/**
 * The formula of an indicator, checked on every keystroke: each problem is underlined in red
 * (a squiggle from its offset over its length; a problem at the end underlines the last
 * character), the field carries an error decoration, and the messages, with their 1-based
 * positions, are listed under it in the user's language.
 */
public final class FormulaField {

	private final StyledText text;
	private final ControlDecoration decoration;
	private final Label messages;
	private List<FormulaProblem> problems = List.of();

	FormulaField(Composite parent) {
		text = new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = 3 * text.getLineHeight();
		data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		text.setLayoutData(data);
		decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		new Label(parent, SWT.NONE); // the grid's label column
		messages = new Label(parent, SWT.WRAP);
		messages.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		messages.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	public StyledText text() {
		return text;
	}

	/** @return the problems shown, as last checked */
	public List<FormulaProblem> problems() {
		return problems;
	}

	/** @return the messages under the field, one a line */
	public String messageText() {
		return messages.getText();
	}

	/** Shows the problems of the text now in the field. */
	void show(List<FormulaProblem> found) {
		problems = List.copyOf(found);
		Color red = text.getDisplay().getSystemColor(SWT.COLOR_RED);
		List<StyleRange> ranges = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		int length = text.getCharCount();
		for (FormulaProblem problem : problems) {
			lines.add(NLS.bind(Messages.Editor_FormulaProblem, Integer.toString(problem.offset() + 1), problem.message()));
			int start = Math.min(problem.offset(), length);
			int end = Math.min(problem.end(), length);
			if (end == start && start > 0) {
				start--; // at the end of the formula: the last character shows where
			}
			if (end > start || start < length) {
				StyleRange range = new StyleRange(start, Math.max(1, end - start), null, null);
				range.underline = true;
				range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				range.underlineColor = red;
				ranges.add(range);
			}
		}
		// StyledText wants ranges ordered and not overlapping; problems are ordered by offset
		text.setStyleRanges(nonOverlapping(ranges));
		messages.setText(String.join("\n", lines)); //$NON-NLS-1$
		if (problems.isEmpty()) {
			decoration.hide();
		} else {
			decoration.setDescriptionText(lines.get(0));
			decoration.show();
		}
		messages.getParent().layout(true, true);
	}

	private static StyleRange[] nonOverlapping(List<StyleRange> ranges) {
		List<StyleRange> kept = new ArrayList<>();
		int end = 0;
		for (StyleRange range : ranges) {
			if (range.start >= end) {
				kept.add(range);
				end = range.start + range.length;
			}
		}
		return kept.toArray(StyleRange[]::new);
	}
}
