package org.haven.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the indicator registry: indicators, and data elements with the options a value needs. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "Indicator registry: indicators, data elements, disaggregation categories")
class IndicatorApiController {

    record IndicatorJson(String code, String name, String definition, String type, String unit, int decimals,
            String direction, String aggregationOrg, String aggregationTime, String dataSource, String frequency,
            String responsibleOffice, String numerator, String denominator, BigDecimal multiplier,
            List<String> milestoneStages, String internationalCode, String source, List<String> sdgSeriesCodes,
            boolean coreIndicator, boolean unverified, String sourceNote, List<String> nodes, int version) {
    }

    record ReferenceJson(String reference, String kind, String code, String name) {
    }

    record IndicatorDetailJson(IndicatorJson indicator, List<ReferenceJson> references, List<String> disaggregatedBy) {
    }

    record OptionJson(String code, String name, int sortOrder, Integer ageFrom, Integer ageTo, String sdmxCode,
            boolean unverified) {
    }

    record CategoryJson(String code, String name, String description, List<OptionJson> options) {
    }

    record DataElementJson(String code, String name, String description, String valueType,
            List<String> milestoneStages, String aggregationOrg, String aggregationTime, int version,
            List<CategoryJson> categories) {
    }

    private final IndicatorService indicators;
    private final DataElementService elements;
    private final IndicatorViews views;

    IndicatorApiController(IndicatorService indicators, DataElementService elements, IndicatorViews views) {
        this.indicators = indicators;
        this.elements = elements;
        this.views = views;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Indicators, optionally filtered by linked framework node, type (COUNT, PERCENTAGE, ...), "
            + "source (SDG, JJ, INSPIRE, STRATEGY) and text in code, name, international code or series")
    List<IndicatorJson> indicators(@RequestParam(required = false) String node,
            @RequestParam(required = false) String type, @RequestParam(required = false) String q,
            @RequestParam(required = false) String source) {
        return indicators.search(new IndicatorService.Filter(q, type, node, source)).stream()
                .map(IndicatorApiController::json).toList();
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "One indicator with the data elements and indicators its formulas reference")
    IndicatorDetailJson indicator(@PathVariable String code) {
        IndicatorViews.Detail d = views.detail(indicators.get(code));
        return new IndicatorDetailJson(json(d.indicator()),
                d.references().stream().map(r -> new ReferenceJson(r.key(), r.kind(), r.code(), r.name())).toList(),
                d.disaggregations().stream().map(Category::code).toList());
    }

    @GetMapping("/dataelements")
    @Operation(summary = "Data elements with their categories and each category's options, in disaggregation order")
    List<DataElementJson> dataElements() {
        Map<String, Category> categories = elements.categories().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        return elements.elements().stream().map(e -> json(e, categories)).toList();
    }

    @GetMapping("/dataelements/{code}")
    @Operation(summary = "One data element with its categories and their options (code, name, age bounds, SDMX code)")
    DataElementJson dataElement(@PathVariable String code) {
        DataElement e = elements.get(code);
        Map<String, Category> categories = elements.categories().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        return json(e, categories);
    }

    private static IndicatorJson json(Indicator i) {
        return new IndicatorJson(i.code(), i.name(), i.definition(), i.type().name(), i.unit(), i.decimals(),
                i.direction().name(), i.aggregationOrg().name(), i.aggregationTime().name(), i.dataSource(),
                i.frequency().name(), i.responsibleOffice(), i.numerator(), i.denominator(), i.multiplier(),
                split(i.milestoneStages(), "\\|"), i.internationalCode(), i.source().name(),
                split(i.sdgSeriesCodes(), ","), i.coreIndicator(), i.unverified(), i.sourceNote(), i.nodeCodes(),
                i.version());
    }

    private static DataElementJson json(DataElement e, Map<String, Category> categories) {
        List<CategoryJson> cats = e.categoryCodes().stream().map(categories::get).filter(c -> c != null)
                .map(c -> new CategoryJson(c.code(), c.name(), c.description(), c.options().stream()
                        .map(o -> new OptionJson(o.code(), o.name(), o.sortOrder(), o.ageFrom(), o.ageTo(),
                                o.sdmxCode(), o.unverified())).toList()))
                .toList();
        return new DataElementJson(e.code(), e.name(), e.description(), e.valueType().name(),
                split(e.milestoneStages(), "\\|"), e.aggregationOrg().name(), e.aggregationTime().name(), e.version(),
                cats);
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
