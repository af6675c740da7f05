package org.profmonitor.core.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.UnitLevel;

/**
 * The units of a region's directory: every organisation, every municipality with its
 * organisations, and the region with all of them.
 */
public final class Units {

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Unit region;

    /** @param directory the region's directory */
    public Units(Directory directory) {
        List<String> all = new ArrayList<>();
        for (Municipality municipality : directory.getMunicipalities()) {
            List<String> codes = new ArrayList<>();
            for (Organisation organisation : municipality.getOrganisations()) {
                codes.add(organisation.getCode());
                byCode.put(organisation.getCode(), new Unit(UnitLevel.ORGANISATION, organisation.getCode(),
                        organisation.getName(), municipality.getCode(), List.of(organisation.getCode())));
            }
            all.addAll(codes);
            byCode.put(municipality.getCode(), new Unit(UnitLevel.MUNICIPALITY, municipality.getCode(),
                    municipality.getName(), municipality.getCode(), codes));
        }
        String regionCode = directory.getRegion() == null ? "" : directory.getRegion().getCode(); //$NON-NLS-1$
        String regionName = directory.getRegion() == null ? "" : directory.getRegion().getName(); //$NON-NLS-1$
        region = new Unit(UnitLevel.REGION, regionCode, regionName, null, all);
        byCode.put(regionCode, region);
    }

    /** @return the region with all organisations */
    public Unit region() {
        return region;
    }

    /**
     * @param code the code of an organisation, a municipality or the region
     * @return that unit, if the directory has it
     */
    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return every unit: organisations, municipalities and the region */
    public List<Unit> all() {
        return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    }

    /** @return the units of one level, in directory order */
    public List<Unit> of(UnitLevel level) {
        return byCode.values().stream().filter(unit -> unit.level() == level).toList();
    }
}
