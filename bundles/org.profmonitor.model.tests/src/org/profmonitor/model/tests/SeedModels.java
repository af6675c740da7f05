/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests;

import java.time.LocalDate;
import java.util.Locale;

import org.profmonitor.model.Campaign;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.DataValue;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Directory;
import org.profmonitor.model.EducationLevel;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.MunicipalityKind;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.OrganisationKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/**
 * Small models built from the seeds: Tver oblast, Сонковский район 2022 (seed 000) and the regional
 * order of 30.12.2022 №1371/ПК (seed 002). The figures are the seed's: 64 grade-9 graduates, 19 of
 * them to grade 10 and 45 to colleges; 22 grade-11 graduates, 14 admitted to universities, 7 to
 * colleges.
 */
public final class SeedModels {

    /** The organisation that reports the district's figures in these fixtures. */
    public static final String SCHOOL = "sonk-sosh-1";

    private static final ProfmonitorFactory F = ProfmonitorFactory.eINSTANCE;

    static {
        useRussian();
    }

    private SeedModels() {
    }

    /**
     * Makes Russian the default locale, as in the product. Must run before the validation
     * messages are first used in this JVM, so every test class that validates calls it from its
     * static initialiser.
     */
    public static void useRussian() {
        Locale.setDefault(Locale.of("ru", "RU"));
    }

    public static Directory tverDirectory() {
        Directory directory = F.createDirectory();
        Region region = F.createRegion();
        region.setCode("69");
        region.setName("Тверская область");
        directory.setRegion(region);

        Municipality sonkovo = municipality("sonk", "Сонковский район", MunicipalityKind.DISTRICT);
        sonkovo.getOrganisations().add(organisation(SCHOOL, "МОУ Сонковская СОШ №1", "МОУ СОШ №1",
                OrganisationKind.SECONDARY_SCHOOL, EducationLevel.PRIMARY, EducationLevel.BASIC, EducationLevel.SECONDARY));
        sonkovo.getOrganisations().add(organisation("sonk-litv", "МОУ Литвиновская ООШ", "Литвиновская ООШ",
                OrganisationKind.BASIC_SCHOOL, EducationLevel.PRIMARY, EducationLevel.BASIC));
        directory.getMunicipalities().add(sonkovo);

        Municipality solnechny = municipality("zato-soln", "ЗАТО Солнечный", MunicipalityKind.ZATO);
        directory.getMunicipalities().add(solnechny);
        return directory;
    }

    public static Municipality municipality(String code, String name, MunicipalityKind kind) {
        Municipality municipality = F.createMunicipality();
        municipality.setCode(code);
        municipality.setName(name);
        municipality.setKind(kind);
        return municipality;
    }

    public static Organisation organisation(String code, String name, String shortName, OrganisationKind kind,
            EducationLevel... levels) {
        Organisation organisation = F.createOrganisation();
        organisation.setCode(code);
        organisation.setName(name);
        organisation.setShortName(shortName);
        organisation.setKind(kind);
        organisation.getLevels().addAll(java.util.List.of(levels));
        return organisation;
    }

    public static IndicatorSet tverIndicators() {
        IndicatorSet set = F.createIndicatorSet();
        set.setId("tver-2022");
        set.setRegionCode("69");
        set.setTitle("Мониторинг работы по самоопределению и профессиональной ориентации обучающихся");
        set.setVersion("2022/23");
        LegalAct order = F.createLegalAct();
        order.setIssuer("Министерство образования Тверской области");
        order.setNumber("1371/ПК");
        order.setDate(LocalDate.of(2022, 12, 30));
        order.setTitle("О региональной системе мониторинга работы по самоопределению и профессиональной "
                + "ориентации обучающихся общеобразовательных организаций Тверской области в 2022/23 учебном году");
        set.setRegulation(order);

        DataElement g9 = element(set, "g9", "Выпускники 9 классов", null);
        element(set, "g9_10", "Перешли в 10 класс", g9).setPartGroup("route");
        element(set, "g9_spo", "Поступили в ПОО", g9).setPartGroup("route");
        DataElement g11 = element(set, "g11", "Выпускники 11 классов", null);
        element(set, "g11_univ", "Поступили в вузы", g11).setPartGroup("route");
        element(set, "g11_spo", "Поступили в ПОО после 11 класса", g11).setPartGroup("route");

        Criterion criterion = F.createCriterion();
        criterion.setCode("K3");
        criterion.setName("Выбор профессии и поступление по профилю");
        set.getCriteria().add(criterion);

        Indicator universities = F.createIndicator();
        universities.setCode("P3.1");
        universities.setName("Доля выпускников 11 классов, поступивших в вузы");
        universities.setUnit("%");
        universities.setDirection(Direction.HIGHER_IS_BETTER);
        universities.setFormula("100 * g11_univ / g11");
        universities.setLevel(EducationLevel.SECONDARY);
        universities.getDisaggregations().add("ОВЗ");
        criterion.getIndicators().add(universities);
        universities.getTargets().add(target(TargetKind.VALUE, 60.0));
        Target notBelow = target(TargetKind.NOT_BELOW_PREVIOUS, null);
        notBelow.setAssumption(true);
        notBelow.setAssumptionNote("Положение плана не задаёт; проект требует не ниже прошлого года.");
        universities.getTargets().add(notBelow);
        return set;
    }

    public static DataElement element(IndicatorSet set, String code, String name, DataElement whole) {
        DataElement element = F.createDataElement();
        element.setCode(code);
        element.setName(name);
        element.setType(DataElementType.COUNT);
        element.setUnit("чел.");
        element.setWhole(whole);
        set.getDataElements().add(element);
        return element;
    }

    public static Target target(TargetKind kind, Double value) {
        Target target = F.createTarget();
        target.setKind(kind);
        target.setValue(value);
        return target;
    }

    /** The 2022/23 campaign with the seed's figures for {@link #SCHOOL}. */
    public static Campaign tverCampaign(IndicatorSet set) {
        Campaign campaign = F.createCampaign();
        campaign.setId("tver-2022-23");
        campaign.setTitle("Мониторинг 2022/23");
        campaign.setIndicatorSet(set);
        campaign.setAcademicYear("2022/23");
        campaign.setPeriodStart(LocalDate.of(2023, 2, 10));
        campaign.setPeriodEnd(LocalDate.of(2023, 2, 17));
        campaign.setStatus(CampaignStatus.CLOSED);
        value(campaign, SCHOOL, "g9", 64);
        value(campaign, SCHOOL, "g9_10", 19);
        value(campaign, SCHOOL, "g9_spo", 45);
        value(campaign, SCHOOL, "g11", 22);
        value(campaign, SCHOOL, "g11_univ", 14);
        value(campaign, SCHOOL, "g11_spo", 7);
        return campaign;
    }

    public static DataValue value(Campaign campaign, String organisation, String element, double value) {
        DataValue dataValue = F.createDataValue();
        dataValue.setOrganisationCode(organisation);
        dataValue.setElementCode(element);
        dataValue.setValue(value);
        campaign.getValues().add(dataValue);
        return dataValue;
    }

    /** @return the value of an element for {@link #SCHOOL} */
    public static DataValue valueOf(Campaign campaign, String element) {
        return campaign.getValues().stream()
                .filter(v -> SCHOOL.equals(v.getOrganisationCode()) && element.equals(v.getElementCode()))
                .findFirst().orElseThrow();
    }

    public static DataElement elementOf(IndicatorSet set, String code) {
        return set.getDataElements().stream().filter(e -> code.equals(e.getCode())).findFirst().orElseThrow();
    }
}
