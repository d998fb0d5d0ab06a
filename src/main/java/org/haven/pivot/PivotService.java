package org.haven.pivot;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.analytics.Analytics;
import org.haven.indicator.DataItems;
import org.haven.indicator.DataItems.DataItem;
import org.haven.indicator.IndicatorDefinitions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds pivot tables from selections through the analytics engine (read-only; anyone logged in). */
@Service
class PivotService {

    private final ObjectProvider<Analytics> analytics;  // TODO(engine merge): inject Analytics directly
    private final DataItems dataItems;
    private final IndicatorDefinitions registry;
    private final PivotSelections selections;
    private final MessageSource messages;

    PivotService(ObjectProvider<Analytics> analytics, DataItems dataItems, IndicatorDefinitions registry, PivotSelections selections,
            MessageSource messages) {
        this.analytics = analytics;
        this.dataItems = dataItems;
        this.registry = registry;
        this.selections = selections;
        this.messages = messages;
    }

    /** Validates the selection (InvalidInputException listing every problem) and lays out its table. */
    PivotTable table(PivotSelection selection, Locale locale) {
        PivotSelection valid = selections.validate(selection);
        Map<String, DataItem> items = new HashMap<>();
        for (String code : valid.dx()) {
            dataItems.find(code).ifPresent(i -> items.put(code, i));
        }
        Map<String, List<String>> optionOrder = new LinkedHashMap<>();
        registry.categories().forEach(c -> optionOrder.put(c.code(),
                c.options().stream().map(o -> o.code()).toList()));
        PivotCube cube = new PivotCube(valid, q -> analytics.getObject().query(q), items);
        return PivotLayout.lay(valid, cube, optionOrder, texts(locale));
    }

    /** The label of a dimension: Data, Org unit, Period, Partner or the category's name. */
    String dimensionLabel(String dimension, Locale locale) {
        if (!PivotSelection.isCategory(dimension)) {
            return messages.getMessage("pivot.dim." + dimension, null, dimension, locale);
        }
        return registry.categories().stream().filter(c -> c.code().equals(dimension)).map(c -> c.name())
                .findFirst().orElse(dimension);
    }

    private PivotLayout.Texts texts(Locale locale) {
        Map<String, String> categoryNames = new HashMap<>();
        registry.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
        String noPartner = messages.getMessage("pivot.partner.none", null, locale);
        return new PivotLayout.Texts(
                d -> PivotSelection.isCategory(d) ? categoryNames.getOrDefault(d, d)
                        : messages.getMessage("pivot.dim." + d, null, d, locale),
                p -> PivotSelection.NO_PARTNER.equals(p) ? noPartner : p,
                messages.getMessage("pivot.subtotal", null, locale),
                messages.getMessage("pivot.total", null, locale),
                messages.getMessage("pivot.value", null, locale));
    }
}
