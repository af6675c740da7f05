package org.profmonitor.core.compute;

import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/** Small models built in code for the calculator and environment tests. */
public final class Models {

    private static final ProfmonitorFactory FACTORY = ProfmonitorFactory.eINSTANCE;

    private Models() {
    }

    public static IndicatorSet set(String id) {
        IndicatorSet set = FACTORY.createIndicatorSet();
        set.setId(id);
        set.setRegionCode("R");
        Criterion criterion = FACTORY.createCriterion();
        criterion.setCode("K");
        criterion.setName("K");
        set.getCriteria().add(criterion);
        return set;
    }

    public static DataElement element(IndicatorSet set, String code, DataElementType type) {
        DataElement element = FACTORY.createDataElement();
        element.setCode(code);
        element.setName(code);
        element.setType(type);
        set.getDataElements().add(element);
        return element;
    }

    public static Indicator indicator(IndicatorSet set, String code, String formula, Direction direction) {
        Indicator indicator = FACTORY.createIndicator();
        indicator.setCode(code);
        indicator.setName(code);
        indicator.setUnit("%");
        indicator.setFormula(formula);
        indicator.setDirection(direction);
        set.getCriteria().get(0).getIndicators().add(indicator);
        return indicator;
    }

    public static Target value(Indicator indicator, double value) {
        Target target = FACTORY.createTarget();
        target.setKind(TargetKind.VALUE);
        target.setValue(value);
        indicator.getTargets().add(target);
        return target;
    }

    public static Target notBelowPrevious(Indicator indicator) {
        Target target = FACTORY.createTarget();
        target.setKind(TargetKind.NOT_BELOW_PREVIOUS);
        indicator.getTargets().add(target);
        return target;
    }

    /** @param municipalities municipality code followed by its organisation codes, per array */
    public static Directory directory(String regionCode, String[]... municipalities) {
        Directory directory = FACTORY.createDirectory();
        Region region = FACTORY.createRegion();
        region.setCode(regionCode);
        region.setName(regionCode);
        directory.setRegion(region);
        for (String[] codes : municipalities) {
            Municipality municipality = FACTORY.createMunicipality();
            municipality.setCode(codes[0]);
            municipality.setName(codes[0]);
            for (int i = 1; i < codes.length; i++) {
                Organisation organisation = FACTORY.createOrganisation();
                organisation.setCode(codes[i]);
                organisation.setName(codes[i]);
                municipality.getOrganisations().add(organisation);
            }
            directory.getMunicipalities().add(municipality);
        }
        return directory;
    }
}
