/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.exchange.internal.Numbers;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;

/**
 * Excel data validation of one input cell, so that most mistakes are refused while the
 * organisation fills the form, with a message in its language: whole numbers not below 0 (or the
 * element's range) for counts, the element's range for numbers, a «да/нет» list for flags. The
 * importer checks everything again: validation does not stop pasted values.
 */
final class InputValidation {

    // Excel needs bounds for a decimal rule; these accept any number a form can hold
    private static final String ANY_LOW = "-1E+300"; //$NON-NLS-1$
    private static final String ANY_HIGH = "1E+300"; //$NON-NLS-1$

    private InputValidation() {
    }

    /**
     * Adds the validation of one element's input cell.
     *
     * @param sheet   the data sheet
     * @param element the data element
     * @param row     the 0-based row of the input cell
     */
    static void add(Sheet sheet, DataElement element, int row) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        Double min = element.getMin();
        Double max = element.getMax();
        DataValidationConstraint constraint;
        String error;
        if (element.getType() == DataElementType.FLAG) {
            constraint = helper.createExplicitListConstraint(new String[] { Messages.Template_Yes, Messages.Template_No });
            error = Messages.Template_ErrorFlag;
        } else if (element.getType() == DataElementType.COUNT) {
            String low = Numbers.formula(min == null ? 0 : Math.max(0, Math.ceil(min)));
            if (max == null) {
                constraint = helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, low, null);
                error = NLS.bind(Messages.Template_ErrorCount, Numbers.format(Double.parseDouble(low)));
            } else {
                String high = Numbers.formula(Math.floor(max));
                constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, low, high);
                error = NLS.bind(Messages.Template_ErrorCountBetween, Numbers.format(Double.parseDouble(low)),
                        Numbers.format(max));
            }
        } else if (min != null && max != null) {
            constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, Numbers.formula(min), Numbers.formula(max));
            error = NLS.bind(Messages.Template_ErrorNumberBetween, Numbers.format(min), Numbers.format(max));
        } else if (min != null) {
            constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, Numbers.formula(min), null);
            error = NLS.bind(Messages.Template_ErrorNumberAtLeast, Numbers.format(min));
        } else if (max != null) {
            constraint = helper.createDecimalConstraint(OperatorType.LESS_OR_EQUAL, Numbers.formula(max), null);
            error = NLS.bind(Messages.Template_ErrorNumberAtMost, Numbers.format(max));
        } else {
            constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, ANY_LOW, ANY_HIGH);
            error = Messages.Template_ErrorNumber;
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(row, row, SheetLayout.VALUE, SheetLayout.VALUE));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(Messages.Template_ErrorTitle, error);
        validation.setEmptyCellAllowed(true);
        if (element.getType() == DataElementType.FLAG) {
            // XSSF inverts this flag: true shows the drop-down arrow
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    /**
     * @param element the data element
     * @return the allowed values as shown in the range column, for example «0–1» or «≥ 0»
     */
    static String rangeText(DataElement element) {
        if (element.getType() == DataElementType.FLAG) {
            return Messages.Template_RangeFlag;
        }
        Double min = element.getMin();
        Double max = element.getMax();
        if (element.getType() == DataElementType.COUNT && min == null) {
            min = 0.0;
        }
        if (min != null && max != null) {
            return NLS.bind(Messages.Template_RangeBetween, Numbers.format(min), Numbers.format(max));
        }
        if (min != null) {
            return NLS.bind(Messages.Template_RangeAtLeast, Numbers.format(min));
        }
        if (max != null) {
            return NLS.bind(Messages.Template_RangeAtMost, Numbers.format(max));
        }
        return Messages.Template_RangeAny;
    }
}
