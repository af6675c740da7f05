package org.profmonitor.ui.indicators.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.ProfmonitorPackage;

/**
 * The form beside the tree for the selected set, criterion, indicator or data element: its text
 * attributes, written into the edited copy as they are typed. Codes are shown but not edited:
 * formulas, campaigns and stored values refer to them.
 */
final class ElementForm {

	private static final ProfmonitorPackage PM = ProfmonitorPackage.eINSTANCE;

	/** One text attribute of the form. */
	private record Field(String label, EAttribute attribute, boolean editable, boolean multiLine) {
	}

	private final Composite body;
	private final Runnable changed;
	private FormulaField formula;

	/** @param changed called after every change written into the model */
	ElementForm(Composite parent, Runnable changed) {
		this.body = new Composite(parent, SWT.NONE);
		this.changed = changed;
		body.setLayout(new GridLayout(2, false));
	}

	Control control() {
		return body;
	}

	/** @return the formula field of the indicator shown, or {@code null} for anything else */
	FormulaField formula() {
		return formula;
	}

	/** Shows the fields of an element, or nothing for a folder. */
	void show(Object element) {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		formula = null;
		if (element instanceof EObject object) {
			for (Field field : fields(object)) {
				addText(object, field);
			}
			if (object instanceof Indicator indicator) {
				addFormula(indicator);
			}
		}
		body.layout(true, true);
	}

	private static List<Field> fields(EObject object) {
		if (object instanceof IndicatorSet) {
			return List.of(new Field(Messages.Editor_Title, PM.getIndicatorSet_Title(), true, false),
					new Field(Messages.Editor_Version, PM.getIndicatorSet_Version(), true, false));
		}
		Field code = new Field(Messages.Editor_Code, PM.getCoded_Code(), false, false);
		Field name = new Field(Messages.Editor_Name, PM.getCoded_Name(), true, true);
		if (object instanceof Criterion) {
			return List.of(code, name,
					new Field(Messages.Editor_Description, PM.getCriterion_Description(), true, true));
		}
		if (object instanceof Indicator) {
			return List.of(code, name, new Field(Messages.Editor_Unit, PM.getIndicator_Unit(), true, false),
					new Field(Messages.Editor_Description, PM.getIndicator_Description(), true, true));
		}
		if (object instanceof DataElement) {
			return List.of(code, name, new Field(Messages.Editor_Unit, PM.getDataElement_Unit(), true, false),
					new Field(Messages.Editor_Description, PM.getDataElement_Description(), true, true));
		}
		return List.of();
	}

	private void addText(EObject object, Field field) {
		label(field.label());
		int style = SWT.BORDER | (field.multiLine() ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		Text text = new Text(body, style | (field.editable() ? 0 : SWT.READ_ONLY));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		if (field.multiLine()) {
			data.heightHint = 3 * text.getLineHeight();
		}
		text.setLayoutData(data);
		Object value = object.eGet(field.attribute());
		text.setText(value == null ? "" : value.toString()); //$NON-NLS-1$
		text.setData(field.attribute().getName()); // tests find the fields by attribute
		if (field.editable()) {
			text.addModifyListener(event -> {
				String typed = text.getText();
				object.eSet(field.attribute(), typed.isEmpty() && field.attribute() != PM.getCoded_Name() ? null : typed);
				changed.run();
			});
		}
	}

	private void addFormula(Indicator indicator) {
		label(Messages.Editor_Formula);
		formula = new FormulaField(body);
		formula.text().setText(indicator.getFormula() == null ? "" : indicator.getFormula()); //$NON-NLS-1$
		check(indicator);
		formula.text().addModifyListener(event -> {
			indicator.setFormula(formula.text().getText());
			check(indicator);
			changed.run();
		});
	}

	private void check(Indicator indicator) {
		formula.show(FormulaCheck.problems(indicator.getCriterion().getIndicatorSet(), indicator.getCode(),
				formula.text().getText()));
	}

	private void label(String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}
}
