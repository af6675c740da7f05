/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.Coded;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Rules of a {@link Directory}; called from the generated invariant operations. */
public final class DirectoryConstraints {

    private DirectoryConstraints() {
    }

    /**
     * The region, municipality and organisation codes of a directory are unique together: they are
     * the XMI ids and the keys data values refer to.
     */
    public static boolean uniqueCodes(Directory directory, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<Coded> coded = new ArrayList<>();
        if (directory.getRegion() != null) {
            coded.add(directory.getRegion());
        }
        for (Municipality municipality : directory.getMunicipalities()) {
            coded.add(municipality);
            coded.addAll(municipality.getOrganisations());
        }
        return UniqueCodes.check(coded, directory, ProfmonitorValidator.DIRECTORY__UNIQUE_CODES, diagnostics);
    }
}
