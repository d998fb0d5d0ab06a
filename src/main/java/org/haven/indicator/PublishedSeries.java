package org.haven.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.framework.FrameworkCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry side of published statistical series (UN SDG Global Database): which SDG indicator and framework nodes
 * a series belongs to, the age bands it needs and the data element and indicator that hold it. Creations are audited
 * and run in the caller's transaction; the caller (the SDG import) checks who may run it.
 */
@Service
public class PublishedSeries {

    /** The category of published age bands; its options may overlap, so its elements are never summed over age. */
    public static final String AGE_CATEGORY = "AGE";
    /** Police reporting rates (16.3.1): more victims reporting is progress; every other followed series is a harm. */
    private static final String REPORTING_RATES = "VC_PRR_";
    /** Library age categories reused when they hold every band a series needs, in this order. */
    static final List<String> LIBRARY_AGE_CATEGORIES = List.of("AGE_CHILD_ADULT", "AGE_CHILD", "AGE_CHILD_LABOUR",
            "AGE_HOMICIDE");

    /**
     * Where a series belongs: its SDG indicator ("16.2.1"), the library indicator listing it (null when none), the
     * framework nodes to link, the custodian agency and whether a higher value is progress.
     */
    public record SeriesLink(String sdgIndicator, String libraryIndicator, List<String> nodes, String custodian,
            boolean higherIsBetter) {

        public SeriesLink {
            nodes = List.copyOf(nodes);
        }
    }

    /** An age band: code Y1T14, Y_GE18 or Y0T17 style, bounds in completed years (null when open). */
    public record AgeBand(String code, String name, Integer from, Integer to) {
    }

    /** Kind of values a series holds: counts, percentages or rates (per 100,000...). */
    public enum Kind {
        COUNT, PERCENTAGE, RATE
    }

    /**
     * A series to hold: code (data element and indicator code), description, unit text, kind, the categories that
     * disaggregate it (SEX and/or an age category, in order) and its link.
     */
    public record SeriesSpec(String code, String description, String unit, Kind kind, List<String> categories,
            SeriesLink link, String dataSource) {

        public SeriesSpec {
            categories = List.copyOf(categories);
        }
    }

    private final RegistryStore store;
    private final AuditLog audit;
    private final FrameworkCatalog framework;
    private final Map<String, String> sdgBySeries = new HashMap<>();
    private final Map<String, String> custodianBySdg = new HashMap<>();

    PublishedSeries(RegistryStore store, AuditLog audit, FrameworkCatalog framework) throws Exception {
        this.store = store;
        this.audit = audit;
        this.framework = framework;
        for (CSVRecord r : LoadIndicatorLibrary.csv("seed/reference/sdg-indicators.csv")) {
            custodianBySdg.put(r.get("code"), r.get("custodian"));
            for (String word : r.get("unit").split("[^A-Z0-9_]+")) {
                if (word.matches("[A-Z]{2}_[A-Z0-9_]+")) {
                    sdgBySeries.putIfAbsent(word, r.get("code"));
                }
            }
        }
    }

    /**
     * The link of a series: the library indicator that lists it in its SDG series (nodes, direction) or, for a series
     * the reference file names under an SDG indicator without a library indicator, that indicator's SDG target node.
     * Empty for a series Haven does not follow.
     */
    @Transactional(readOnly = true)
    public Optional<SeriesLink> link(String series) {
        for (Indicator i : store.indicators()) {
            if (i.sdgSeriesCodes() != null && Arrays.stream(i.sdgSeriesCodes().split("[,\\s]+")).anyMatch(series::equals)) {
                String sdg = i.internationalCode() != null && i.internationalCode().startsWith("SDG ")
                        ? i.internationalCode().substring(4) : sdgBySeries.get(series);
                return Optional.of(new SeriesLink(sdg, i.code(), i.nodeCodes(), custodianBySdg.get(sdg),
                        i.direction() == Direction.HIGHER_IS_BETTER));
            }
        }
        String sdg = sdgBySeries.get(series);
        if (sdg == null) {
            return Optional.empty();
        }
        String target = "SDG-" + sdg.substring(0, sdg.lastIndexOf('.'));
        List<String> nodes = framework.find(target).isPresent() ? List.of(target) : List.of();
        return Optional.of(new SeriesLink(sdg, null, nodes, custodianBySdg.get(sdg), REPORTING_RATES.equals(
                series.length() > 7 ? series.substring(0, 7) : series)));
    }

    /** The unit text of the indicator holding a series, when it exists ("%", "per 100,000 population"). */
    @Transactional(readOnly = true)
    public Optional<String> unitOf(String series) {
        return store.indicator(series).map(Indicator::unit);
    }

    /** The library age category holding every one of the band codes, if one does. */
    @Transactional(readOnly = true)
    public Optional<String> libraryAgeCategory(Set<String> bands) {
        Map<String, Category> categories = new HashMap<>();
        store.categories().forEach(c -> categories.put(c.code(), c));
        for (String code : LIBRARY_AGE_CATEGORIES) {
            Category c = categories.get(code);
            if (c != null && c.options().stream().map(CategoryOption::code).toList().containsAll(bands)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** Adds the bands missing from the {@link #AGE_CATEGORY} category (created when missing); returns the codes added. */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<String> addAgeBands(List<AgeBand> bands) {
        Category before = store.category(AGE_CATEGORY).orElse(null);
        if (before == null) {
            store.insertCategory(new Category(0, AGE_CATEGORY, "Age group (as published)",
                    "Age groups as the UN SDG Global Database publishes them. Bands may overlap (5-14 and 5-17), so"
                            + " values are never summed over this category.", 0, List.of()));
            before = store.category(AGE_CATEGORY).orElseThrow();
            audit.record("category", AGE_CATEGORY, AuditAction.CREATE, "Created category " + AGE_CATEGORY
                    + " for published age groups", null, before);
        }
        List<CategoryOption> options = new ArrayList<>(before.options());
        Set<String> known = new LinkedHashSet<>(options.stream().map(CategoryOption::code).toList());
        List<String> added = new ArrayList<>();
        for (AgeBand b : bands) {
            if (known.add(b.code())) {
                options.add(new CategoryOption(b.code(), b.name(), options.size(), b.from(), b.to(), null, false));
                added.add(b.code());
            }
        }
        if (!added.isEmpty()) {
            store.updateCategory(new Category(before.id(), AGE_CATEGORY, before.name(), before.description(),
                    before.version(), options), before.version());
            audit.record("category", AGE_CATEGORY, AuditAction.UPDATE, "Added published age groups "
                    + String.join(", ", added) + " to " + AGE_CATEGORY, before, store.category(AGE_CATEGORY).orElseThrow());
        }
        return added;
    }

    /** Creates the data element and the indicator of the series when missing; true when anything was created. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean ensure(SeriesSpec spec) {
        boolean created = false;
        if (store.element(spec.code()).isEmpty()) {
            store.insertElement(new DataElement(0, spec.code(), truncate(spec.description(), 300),
                    "Series " + spec.code() + " of the UN SDG Global Database" + (spec.link().sdgIndicator() == null
                            ? "" : " (SDG indicator " + spec.link().sdgIndicator() + ")") + ", unit: " + spec.unit()
                            + ". Values are stored as published, with their nature and origin; regional and world"
                            + " values are the published ones and are never re-summed.",
                    ValueType.NUMBER, null, Aggregation.NONE, Aggregation.LAST, 0, spec.categories()));
            audit.record("data_element", spec.code(), AuditAction.CREATE, "Created data element " + spec.code()
                    + " for a published SDG series", null, store.element(spec.code()).orElseThrow());
            created = true;
        }
        if (store.indicator(spec.code()).isEmpty()) {
            Indicator indicator = indicator(spec);
            store.insertIndicator(indicator);
            audit.record("indicator", spec.code(), AuditAction.CREATE, "Created indicator " + spec.code()
                    + " for a published SDG series", null, store.indicator(spec.code()).orElseThrow());
            created = true;
        }
        return created;
    }

    private Indicator indicator(SeriesSpec spec) {
        IndicatorType type = switch (spec.kind()) {
            case COUNT -> IndicatorType.COUNT;
            case PERCENTAGE -> IndicatorType.PERCENTAGE;
            case RATE -> IndicatorType.RATE;
        };
        SeriesLink link = spec.link();
        List<String> nodes = link.nodes().stream().filter(n -> framework.find(n).isPresent()).toList();
        String note = "Published series: the value as the UN SDG Global Database publishes it"
                + (spec.kind() == Kind.COUNT ? "" : " (numerator the published " + spec.unit() + ", denominator 1)")
                + "; each value carries its nature and origin. "
                + (link.libraryIndicator() == null ? "No library indicator lists this series."
                        : "Listed by library indicator " + link.libraryIndicator() + ", whose framework links it shares.");
        return new Indicator(0, spec.code(), truncate(spec.description(), 500),
                spec.description() + ". Values as published in the UN SDG Global Database; regional and world values"
                        + " are the published aggregates, never re-summed.",
                type, truncate(spec.unit(), 200), spec.kind() == Kind.COUNT ? 0 : 1,
                link.higherIsBetter() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                Aggregation.NONE, Aggregation.LAST, spec.dataSource(), Frequency.YEARLY, link.custodian(),
                "#{" + spec.code() + "}", spec.kind() == Kind.COUNT ? null : "1", BigDecimal.ONE, null,
                link.sdgIndicator() == null ? null : "SDG " + link.sdgIndicator(), spec.code(), false, false, note, 0,
                nodes);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
