/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.exchange.Location;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Organisation;

/**
 * What the file readers report to: problems, and raw cells that it resolves, parses and checks
 * into values. Readers know the layout of their format; this class knows the rules that are the
 * same for every format.
 */
public final class ImportCollector {

    private final ReferenceData reference;
    private final List<ValueRecord> values = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    /** @param reference the campaign's directory and indicator set */
    public ImportCollector(ReferenceData reference) {
        this.reference = reference;
    }

    /** @return the campaign's directory and indicator set */
    public ReferenceData reference() {
        return reference;
    }

    /** Records a problem. */
    public void problem(ProblemKind kind, Location at, String message) {
        problems.add(new ImportProblem(kind, at, message));
    }

    /**
     * Looks up an organisation and reports it when unknown.
     *
     * @return the organisation, or {@code null} after reporting the problem
     */
    public Organisation organisation(String code, Location at) {
        Organisation organisation = reference.organisation(code);
        if (organisation == null) {
            problem(ProblemKind.UNKNOWN_ORGANISATION, at, NLS.bind(Messages.Problem_UnknownOrganisation, code));
        }
        return organisation;
    }

    /**
     * Looks up a data element and reports it when unknown.
     *
     * @return the element, or {@code null} after reporting the problem
     */
    public DataElement element(String code, Location at) {
        DataElement element = reference.element(code);
        if (element == null) {
            problem(ProblemKind.UNKNOWN_ELEMENT, at, NLS.bind(Messages.Problem_UnknownElement, code));
        }
        return element;
    }

    /**
     * Accepts a cell typed as text: parses it (decimal comma, «да»/«нет» for flags) and checks it.
     *
     * @param organisation   the resolved organisation
     * @param element        the resolved data element
     * @param disaggregation the disaggregation, or {@code null}/blank for the total
     * @param text           the cell's text; blank is reported as an empty value
     * @param at             the cell
     */
    public void text(Organisation organisation, DataElement element, String disaggregation, String text,
            Location at) {
        if (text == null || text.isBlank()) {
            problem(ProblemKind.NOT_A_NUMBER, at, NLS.bind(Messages.Problem_EmptyValue, element.getCode()));
            return;
        }
        OptionalDouble number = Numbers.parse(text, element.getType() == DataElementType.FLAG);
        if (number.isEmpty()) {
            problem(ProblemKind.NOT_A_NUMBER, at, NLS.bind(Messages.Problem_NotANumber, element.getCode(), text.strip()));
            return;
        }
        number(organisation, element, disaggregation, number.getAsDouble(), at);
    }

    /**
     * Accepts a numeric cell: checks it against its element and keeps it when valid.
     *
     * @param organisation   the resolved organisation
     * @param element        the resolved data element
     * @param disaggregation the disaggregation, or {@code null}/blank for the total
     * @param value          the number
     * @param at             the cell
     */
    public void number(Organisation organisation, DataElement element, String disaggregation, double value,
            Location at) {
        ValueChecker.Failure failure = ValueChecker.check(element, value);
        if (failure != null) {
            problem(failure.kind(), at, failure.message());
            return;
        }
        String slice = disaggregation == null || disaggregation.isBlank() ? null : disaggregation.strip();
        values.add(new ValueRecord(organisation.getCode(), element.getCode(), slice, value, at.file(), at.sheet(),
                at.row(), at.column()));
    }

    /** @return the values accepted so far */
    public List<ValueRecord> values() {
        return values;
    }

    /** @return the problems found so far */
    public List<ImportProblem> problems() {
        return problems;
    }
}
