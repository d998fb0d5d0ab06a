package org.haven.sdg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.indicator.PublishedSeries;
import org.haven.indicator.PublishedSeries.AgeBand;
import org.haven.indicator.PublishedSeries.SeriesLink;
import org.haven.indicator.PublishedSeries.SeriesSpec;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Maps read rows to Haven: area (M49) to org unit, series to its SDG link, sex and age to category options, the unit
 * of each series; rejects rows Haven cannot hold, with the reason, and plans the registry changes (new series, new
 * age groups). Reads only.
 */
@Component
class SdgMapper {

    private static final String SEX = "SEX";
    private static final String DATA_SOURCE = "UN SDG Global Database (unstats.un.org/sdgs/dataportal)";

    /** A row that maps: its cell and value. */
    record Candidate(SdgRow row, String series, String orgUnit, String period, String sex, AgeBand age,
            BigDecimal value, String nature, SdgCodes.Unit unit) {

        String cell() {
            return series + "|" + orgUnit + "|" + period + "|" + sex + "|" + (age == null ? null : age.code());
        }
    }

    /** The mapping of a whole file: accepted rows, rejections, series to create and age bands to add. */
    record Plan(List<Candidate> accepted, List<SdgRejection> rejections, Map<String, SeriesSpec> series,
            Map<String, String> ageCategory, List<AgeBand> ageBands, Set<String> existingSeries) {
    }

    private final PublishedSeries registry;
    private final DataElementCatalog elements;
    private final OrgUnitDirectory orgUnits;

    SdgMapper(PublishedSeries registry, DataElementCatalog elements, OrgUnitDirectory orgUnits) {
        this.registry = registry;
        this.elements = elements;
        this.orgUnits = orgUnits;
    }

    Plan map(List<SdgRow> rows) {
        Map<Integer, String> byM49 = new HashMap<>();
        for (OrgUnit u : orgUnits.list(null, null, null)) {
            if (u.m49() != null && u.m49().matches("\\d{1,3}")) {
                byM49.putIfAbsent(Integer.parseInt(u.m49()), u.code());
            }
        }
        Map<String, Optional<SeriesLink>> links = new HashMap<>();
        List<SdgRejection> rejections = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (SdgRow r : rows) {
            try {
                candidates.add(candidate(r, byM49, links));
            } catch (IllegalArgumentException e) {
                rejections.add(new SdgRejection(r.file(), r.row(), r.series(), e.getMessage()));
            }
        }
        candidates = oneUnitPerSeries(candidates, rejections);
        candidates = withoutDuplicates(candidates, rejections);
        return plan(candidates, rejections, links);
    }

    private Candidate candidate(SdgRow r, Map<Integer, String> byM49, Map<String, Optional<SeriesLink>> links) {
        if (r.series() == null || !r.series().matches("[A-Z0-9_]{1,40}")) {
            throw new IllegalArgumentException("'" + r.series() + "' is not an SDG series code");
        }
        if (links.computeIfAbsent(r.series(), registry::link).isEmpty()) {
            throw new IllegalArgumentException("series " + r.series() + " is not one of the SDG series Haven follows"
                    + " (seed/reference/sdg-indicators.csv)");
        }
        int m49 = SdgCodes.m49(r.area());
        String orgUnit = byM49.get(m49);
        if (orgUnit == null) {
            throw new IllegalArgumentException("area " + r.area() + (r.areaName() == null ? "" : " (" + r.areaName() + ")")
                    + " is not an org unit in Haven");
        }
        for (Map.Entry<String, String> d : r.others().entrySet()) {
            String name = d.getKey().toLowerCase().replaceAll("[^a-z]", "");
            if (name.equals("reportingtype")) {
                if (d.getValue() != null && !d.getValue().equalsIgnoreCase("G")) {
                    throw new IllegalArgumentException("reporting type '" + d.getValue() + "': Haven keeps the"
                            + " globally reported figure (G)");
                }
            } else if (!SdgCodes.isTotal(d.getValue())) {
                throw new IllegalArgumentException("disaggregation by " + d.getKey() + " ('" + d.getValue()
                        + "') is not kept in Haven: only its total is imported");
            }
        }
        return new Candidate(r, r.series(), orgUnit, SdgCodes.year(r.year()), SdgCodes.sex(r.sex()),
                SdgCodes.age(r.age()), SdgCodes.value(r.value()), SdgCodes.nature(r.nature()), SdgCodes.unit(r.units()));
    }

    /** Haven keeps one unit per series: the stored indicator's, else the file's most frequent. */
    private List<Candidate> oneUnitPerSeries(List<Candidate> candidates, List<SdgRejection> rejections) {
        Map<String, Map<String, Long>> counts = candidates.stream().collect(Collectors.groupingBy(Candidate::series,
                Collectors.groupingBy(c -> c.unit().text(), LinkedHashMap::new, Collectors.counting())));
        Map<String, String> unit = new HashMap<>();
        counts.forEach((series, byUnit) -> unit.put(series, registry.unitOf(series).orElseGet(() -> byUnit.entrySet()
                .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.unit().text().equals(unit.get(c.series()))) {
                out.add(c);
            } else {
                rejections.add(new SdgRejection(c.row().file(), c.row().row(), c.series(), "unit '" + c.unit().code()
                        + "' differs from the unit of " + c.series() + " (" + unit.get(c.series())
                        + "): Haven keeps one unit per series"));
            }
        }
        return out;
    }

    private static List<Candidate> withoutDuplicates(List<Candidate> candidates, List<SdgRejection> rejections) {
        Map<String, SdgRow> seen = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            SdgRow first = seen.putIfAbsent(c.cell(), c.row());
            if (first == null) {
                out.add(c);
            } else {
                rejections.add(new SdgRejection(c.row().file(), c.row().row(), c.series(), "same series, area, year,"
                        + " sex and age as row " + first.row() + (first.file().equals(c.row().file()) ? "" : " of "
                        + first.file())));
            }
        }
        return out;
    }

    /** Decides each series' categories (reusing the element's when it exists) and rejects rows they cannot hold. */
    private Plan plan(List<Candidate> candidates, List<SdgRejection> rejections,
            Map<String, Optional<SeriesLink>> links) {
        Map<String, List<Candidate>> bySeries = candidates.stream()
                .collect(Collectors.groupingBy(Candidate::series, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> accepted = new ArrayList<>();
        Map<String, SeriesSpec> specs = new LinkedHashMap<>();
        Map<String, String> ageCategories = new HashMap<>();
        Map<String, AgeBand> bands = new LinkedHashMap<>();
        Set<String> existing = new LinkedHashSet<>();
        for (Map.Entry<String, List<Candidate>> e : bySeries.entrySet()) {
            String series = e.getKey();
            List<Candidate> rows = e.getValue();
            Set<String> ages = rows.stream().filter(c -> c.age() != null).map(c -> c.age().code())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            boolean bySex = rows.stream().anyMatch(c -> c.sex() != null);
            Optional<ElementDefinition> element = elements.element(series);
            boolean sexKept;
            String ageCategory;
            Function<String, Boolean> hasBand;
            if (element.isPresent()) {
                existing.add(series);
                List<String> cats = element.get().categories().stream().map(CategoryDefinition::code).toList();
                sexKept = cats.contains(SEX);
                ageCategory = cats.stream().filter(c -> c.equals(PublishedSeries.AGE_CATEGORY)
                        || c.startsWith("AGE")).findFirst().orElse(null);
                CategoryDefinition ageDef = ageCategory == null ? null : element.get().category(ageCategory).orElseThrow();
                boolean published = PublishedSeries.AGE_CATEGORY.equals(ageCategory);
                hasBand = code -> published || ageDef != null && ageDef.hasOption(code);
            } else {
                sexKept = bySex;
                ageCategory = ages.isEmpty() ? null
                        : registry.libraryAgeCategory(ages).orElse(PublishedSeries.AGE_CATEGORY);
                hasBand = code -> true;
            }
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : rows) {
                String problem = null;
                if (c.sex() != null && !sexKept) {
                    problem = series + " is not disaggregated by sex in Haven: change its disaggregation first";
                } else if (c.age() != null && ageCategory == null) {
                    problem = series + " is not disaggregated by age in Haven: change its disaggregation first";
                } else if (c.age() != null && !hasBand.apply(c.age().code())) {
                    problem = "age group " + c.age().code() + " is not an option of " + ageCategory + ", which"
                            + " disaggregates " + series;
                }
                if (problem == null) {
                    kept.add(c);
                    if (c.age() != null && PublishedSeries.AGE_CATEGORY.equals(ageCategory)) {
                        bands.putIfAbsent(c.age().code(), c.age());
                    }
                } else {
                    rejections.add(new SdgRejection(c.row().file(), c.row().row(), series, problem));
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            accepted.addAll(kept);
            ageCategories.put(series, ageCategory);
            if (element.isEmpty()) {
                List<String> categories = new ArrayList<>();
                if (sexKept) {
                    categories.add(SEX);
                }
                if (ageCategory != null) {
                    categories.add(ageCategory);
                }
                Candidate first = kept.get(0);
                String description = kept.stream().map(c -> c.row().description()).filter(d -> d != null)
                        .findFirst().orElse("SDG series " + series);
                specs.put(series, new SeriesSpec(series, description, first.unit().text(), first.unit().kind(),
                        categories, links.get(series).orElseThrow(), DATA_SOURCE));
            }
        }
        return new Plan(accepted, rejections, specs, ageCategories, List.copyOf(bands.values()), existing);
    }
}
