/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.generator.internal.Messages;
import org.profmonitor.generator.internal.Seeds;
import org.profmonitor.model.Directory;
import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.MunicipalityKind;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.OrganisationKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;

/**
 * A synthetic country: one EMF {@link Directory} per region, built in memory, as a region bundle's
 * {@code directory.xmi} would give it. The import checks codes against a directory and the
 * calculator's units come from one, so synthetic regions are ordinary directories that no bundle
 * contributes. Codes are {@code R01}, {@code R01-001} and {@code R01-001-001}; every organisation
 * is marked {@link Organisation#isSynthetic() synthetic}.
 */
public final class SyntheticCountry {

    /** The country unit's code, above the regions. */
    public static final String CODE = "RF"; //$NON-NLS-1$

    private static final OrganisationKind[] KINDS = { OrganisationKind.SECONDARY_SCHOOL,
            OrganisationKind.SECONDARY_SCHOOL, OrganisationKind.SECONDARY_SCHOOL, OrganisationKind.SECONDARY_SCHOOL,
            OrganisationKind.SECONDARY_SCHOOL, OrganisationKind.BASIC_SCHOOL, OrganisationKind.BASIC_SCHOOL,
            OrganisationKind.GYMNASIUM, OrganisationKind.LYCEUM };

    private final GeneratorSettings settings;
    private final List<Directory> regions;

    /** @param settings the size and the seed */
    public SyntheticCountry(GeneratorSettings settings) {
        this.settings = settings;
        List<Directory> directories = new ArrayList<>(settings.regions());
        for (int r = 1; r <= settings.regions(); r++) {
            directories.add(region(r));
        }
        this.regions = Collections.unmodifiableList(directories);
    }

    /** @return the settings it was built with */
    public GeneratorSettings settings() {
        return settings;
    }

    /** @return one directory per region, in code order */
    public List<Directory> regions() {
        return regions;
    }

    /** @return every organisation's code, region by region, in directory order */
    public List<String> organisationCodes() {
        List<String> codes = new ArrayList<>(settings.organisations());
        for (Directory directory : regions) {
            for (Municipality municipality : directory.getMunicipalities()) {
                for (Organisation organisation : municipality.getOrganisations()) {
                    codes.add(organisation.getCode());
                }
            }
        }
        return codes;
    }

    private Directory region(int number) {
        ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
        Directory directory = factory.createDirectory();
        Region region = factory.createRegion();
        String regionNumber = String.format("%02d", number); //$NON-NLS-1$
        region.setCode('R' + regionNumber);
        region.setName(NLS.bind(Messages.Region_Name, regionNumber));
        directory.setRegion(region);
        for (int m = 1; m <= settings.municipalitiesPerRegion(); m++) {
            Municipality municipality = factory.createMunicipality();
            String municipalityNumber = String.format("%03d", m); //$NON-NLS-1$
            municipality.setCode(region.getCode() + '-' + municipalityNumber);
            municipality.setName(NLS.bind(Messages.Municipality_Name, regionNumber, municipalityNumber));
            municipality.setKind(m == 1 ? MunicipalityKind.CITY_OKRUG : MunicipalityKind.DISTRICT);
            for (int o = 1; o <= settings.organisationsPerMunicipality(); o++) {
                municipality.getOrganisations().add(organisation(municipality, o));
            }
            directory.getMunicipalities().add(municipality);
        }
        return directory;
    }

    private Organisation organisation(Municipality municipality, int number) {
        String code = municipality.getCode() + '-' + String.format("%03d", number); //$NON-NLS-1$
        OrganisationKind kind = kind(settings.seed(), code);
        Organisation organisation = ProfmonitorFactory.eINSTANCE.createOrganisation();
        organisation.setCode(code);
        organisation.setKind(kind);
        organisation.setSynthetic(true);
        organisation.setName(NLS.bind(name(kind), municipality.getName(), Integer.toString(number)));
        if (kind != OrganisationKind.LYCEUM) {
            organisation.getLevels().add(EducationLevel.PRIMARY);
        }
        organisation.getLevels().add(EducationLevel.BASIC);
        if (kind != OrganisationKind.BASIC_SCHOOL) {
            organisation.getLevels().add(EducationLevel.SECONDARY);
        }
        return organisation;
    }

    /**
     * @param seed the country's seed
     * @param code an organisation's code
     * @return its kind, the same for the same seed whatever the country's size
     */
    static OrganisationKind kind(long seed, String code) {
        return KINDS[new SplittableRandom(Seeds.of(seed, code, 0)).nextInt(KINDS.length)];
    }

    private static String name(OrganisationKind kind) {
        return switch (kind) {
        case BASIC_SCHOOL -> Messages.Organisation_Basic;
        case GYMNASIUM -> Messages.Organisation_Gymnasium;
        case LYCEUM -> Messages.Organisation_Lyceum;
        default -> Messages.Organisation_Secondary;
        };
    }
}
