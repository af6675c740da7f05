package org.profmonitor.core.compute;

import java.util.List;
import java.util.Objects;

import org.profmonitor.model.UnitLevel;

/**
 * A unit indicators are computed for: an organisation, a municipality or the region, with the
 * organisations it covers.
 *
 * @param level what the unit is
 * @param code its code in the directory, e.g. {@code TVR-SON}
 * @param name its name
 * @param municipalityCode the municipality the unit is or lies in; {@code null} for the region
 * @param organisationCodes the organisations of the unit, each once
 */
public record Unit(UnitLevel level, String code, String name, String municipalityCode,
        List<String> organisationCodes) {

    /** Rejects missing parts and freezes the list. */
    public Unit {
        Objects.requireNonNull(level, "level"); //$NON-NLS-1$
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        organisationCodes = List.copyOf(organisationCodes);
    }
}
