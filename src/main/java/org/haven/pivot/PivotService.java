package org.haven.pivot;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.analytics.Analytics;
import org.haven.indicator.OptionDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds pivot tables from selections through the analytics engine (read-only; anyone logged in). */
@Service
class PivotService {

    private final Analytics analytics;
    private final PivotRegistry registry;
    private final PivotSelections selections;
    private final MessageSource messages;

    PivotService(Analytics analytics, PivotRegistry registry, PivotSelections selections, MessageSource messages) {
        this.analytics = analytics;
        this.registry = registry;
        this.selections = selections;
        this.messages = messages;
    }

    /** Validates the selection (InvalidInputException listing every problem) and lays out its table. */
    PivotTable table(PivotSelection selection, Locale locale) {
        PivotSelection valid = selections.validate(selection);
        PivotRegistry.Catalog catalog = registry.current();
        Map<String, DataItem> items = new HashMap<>();
        for (String code : valid.dx()) {
            catalog.item(code).ifPresent(i -> items.put(code, i));
        }
        Map<String, List<String>> optionOrder = new LinkedHashMap<>();
        catalog.categories().forEach(c -> optionOrder.put(c.code(),
                c.options().stream().map(OptionDefinition::code).toList()));
        PivotCube cube = new PivotCube(valid, analytics::query, items);
        return PivotLayout.lay(valid, cube, optionOrder, texts(catalog, locale));
    }

    private PivotLayout.Texts texts(PivotRegistry.Catalog catalog, Locale locale) {
        Map<String, String> categoryNames = new HashMap<>();
        catalog.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
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
