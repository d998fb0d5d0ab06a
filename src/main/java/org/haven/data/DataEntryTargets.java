package org.haven.data;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.haven.indicator.IndicatorDefinitions;
import org.haven.indicator.IndicatorDefinitions.IndicatorDefinition;
import org.haven.indicator.IndicatorTarget;
import org.haven.indicator.TargetCatalog;
import org.springframework.stereotype.Component;

/**
 * The baselines and targets shown above each data element of the entry form: for every indicator computed from
 * the element, its baseline and its target for the form's year at the form's org unit (totals only).
 */
@Component
class DataEntryTargets {

    /** One indicator's baseline and target; either may be missing, not both. */
    record TargetNote(String indicatorCode, String indicatorName, int year, BigDecimal target,
            Integer baselineYear, BigDecimal baseline) {

        public String targetText() {
            return text(target);
        }

        public String baselineText() {
            return text(baseline);
        }

        private static String text(BigDecimal value) {
            return value == null ? null : new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
        }
    }

    private final IndicatorDefinitions indicators;
    private final TargetCatalog targets;

    DataEntryTargets(IndicatorDefinitions indicators, TargetCatalog targets) {
        this.indicators = indicators;
        this.targets = targets;
    }

    /** Per data element code, the notes of the indicators that use it (elements without any are left out). */
    Map<String, List<TargetNote>> forForm(List<String> elements, String orgUnit, int year) {
        Map<String, List<TargetNote>> notes = new LinkedHashMap<>();
        for (String element : elements) {
            List<TargetNote> list = new ArrayList<>();
            for (IndicatorDefinition indicator : indicators.usingElement(element)) {
                Optional<IndicatorTarget> target = targets.target(indicator.code(), orgUnit, year, "");
                Optional<IndicatorTarget> baseline = targets.baseline(indicator.code(), orgUnit, "");
                if (target.isPresent() || baseline.isPresent()) {
                    list.add(new TargetNote(indicator.code(), indicator.name(), year,
                            target.map(IndicatorTarget::value).orElse(null),
                            baseline.map(IndicatorTarget::year).orElse(null),
                            baseline.map(IndicatorTarget::value).orElse(null)));
                }
            }
            if (!list.isEmpty()) {
                notes.put(element, list);
            }
        }
        return notes;
    }
}
