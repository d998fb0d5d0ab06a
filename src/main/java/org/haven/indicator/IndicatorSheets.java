package org.haven.indicator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only metadata sheet of an indicator for publication (open data, reports): its definition, how it is
 * computed (formulas in words), source, unit, frequency, the disaggregations its data elements carry (with their
 * options), the responsible office, the international code and, for SDG indicators, the custodian agency named in
 * the shipped SDG reference file. Holds nothing personal.
 */
@Component
public class IndicatorSheets {

    /**
     * The sheet. {@code type} COUNT, PERCENTAGE, RATIO, RATE, AVERAGE, YES_NO or MILESTONE; {@code frequency}
     * MONTHLY, QUARTERLY or YEARLY; {@code source} SDG, JJ, INSPIRE or STRATEGY; {@code custodian} the SDG custodian
     * agency (null when not an SDG indicator or not in the reference file); {@code numeratorText} and
     * {@code denominatorText} the formulas with element names (null when absent).
     */
    public record IndicatorSheet(String code, String name, String definition, String type, String unit, int decimals,
            boolean lowerIsBetter, String frequency, String dataSource, String responsibleOffice,
            String internationalCode, String source, List<String> sdgSeries, String custodian, String numeratorText,
            String denominatorText, List<CategoryDefinition> disaggregations, List<String> nodeCodes,
            boolean unverified, String sourceNote) {

        public IndicatorSheet {
            sdgSeries = List.copyOf(sdgSeries);
            disaggregations = List.copyOf(disaggregations);
            nodeCodes = List.copyOf(nodeCodes);
        }
    }

    private final RegistryStore store;
    private final IndicatorViews views;
    private final Map<String, String> custodianBySdg = new HashMap<>();

    IndicatorSheets(RegistryStore store, IndicatorViews views) throws Exception {
        this.store = store;
        this.views = views;
        for (CSVRecord r : LoadIndicatorLibrary.csv("seed/reference/sdg-indicators.csv")) {
            custodianBySdg.put(r.get("code"), r.get("custodian"));
        }
    }

    /** The sheet of every indicator, by code. */
    @Transactional(readOnly = true)
    public List<IndicatorSheet> all() {
        return store.indicators().stream().map(this::sheet).toList();
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorSheet> find(String code) {
        return store.indicator(code).map(this::sheet);
    }

    private IndicatorSheet sheet(Indicator i) {
        IndicatorViews.Detail d = views.detail(i);
        List<CategoryDefinition> categories = d.disaggregations().stream()
                .map(c -> new CategoryDefinition(c.code(), c.name(),
                        c.options().stream().map(o -> new OptionDefinition(o.code(), o.name())).toList()))
                .toList();
        List<String> series = i.sdgSeriesCodes() == null || i.sdgSeriesCodes().isBlank() ? List.of()
                : Arrays.stream(i.sdgSeriesCodes().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new IndicatorSheet(i.code(), i.name(), blank(i.definition()), i.type().name(), blank(i.unit()),
                i.decimals(), i.direction() == Direction.LOWER_IS_BETTER,
                i.frequency() == null ? null : i.frequency().name(), blank(i.dataSource()),
                blank(i.responsibleOffice()), blank(i.internationalCode()), i.source().name(), series,
                custodian(i.internationalCode()), d.numeratorText(), d.denominatorText(), categories, i.nodeCodes(),
                i.unverified(), blank(i.sourceNote()));
    }

    private String custodian(String internationalCode) {
        if (internationalCode == null || !internationalCode.trim().toUpperCase(java.util.Locale.ROOT).startsWith("SDG")) {
            return null;
        }
        String code = internationalCode.trim().substring(3).trim();
        return blank(custodianBySdg.get(code));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
