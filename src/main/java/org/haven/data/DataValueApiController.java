package org.haven.data;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/** JSON and CSV API of data values and data sets. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Data values", description = "Country data values, their history, data sets and approval")
class DataValueApiController {

    /** One submitted value; value is a JSON number (or numeric string), null or absent to delete. */
    record ItemJson(String dataElement, String orgUnit, String period, Map<String, String> categories, JsonNode value,
            String comment, String partner, Boolean followUp) {
    }

    record ValueJson(String dataElement, String orgUnit, String period, Map<String, String> categories,
            String partner, BigDecimal value, String comment, boolean followUp, ValueSource source, String storedBy,
            OffsetDateTime storedAt, int version, String nature, String origin, boolean demo) {
    }

    private final DataValueService service;
    private final DataSetCatalog dataSets;

    DataValueApiController(DataValueService service, DataSetCatalog dataSets) {
        this.service = service;
        this.dataSets = dataSets;
    }

    @PostMapping("/datavalues")
    @Operation(summary = "Store a list of values, all or nothing (400 lists every bad item as items[i].field, 403 "
            + "when an item is outside your scope); a null value deletes. dryRun=true only counts what would change")
    WriteSummary write(@RequestBody List<ItemJson> body, @RequestParam(defaultValue = "false") boolean dryRun) {
        if (body == null || body.isEmpty()) {
            throw InvalidInputException.of("items", "send a JSON list of at least one value");
        }
        List<FieldProblem> parse = new ArrayList<>();
        List<DataValueInput> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ItemJson j = body.get(i);
            if (j == null) {
                parse.add(new FieldProblem("items[" + i + "]", "the item is empty"));
                items.add(null);
                continue;
            }
            BigDecimal value = null;
            try {
                value = number(j.value());
            } catch (NumberFormatException e) {
                parse.add(new FieldProblem("items[" + i + "].value", "'" + j.value() + "' is not a number"));
            }
            items.add(new DataValueInput(new ValueKey(j.dataElement(), j.orgUnit(), j.period(), j.categories(),
                    j.partner()), value, j.comment(), Boolean.TRUE.equals(j.followUp())));
        }
        if (!parse.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(parse);
            service.check(items).forEach(p -> all.add(new FieldProblem("items[" + p.index() + "]." + p.field(), p.message())));
            throw new InvalidInputException(all);
        }
        return dryRun ? service.preview(items) : service.write(items, ValueSource.API);
    }

    @GetMapping("/datavalues")
    @Operation(summary = "Stored values (JSON, or CSV with Accept: text/csv or format=csv). dataElement, orgUnit and "
            + "period take one or more comma-separated codes; children=true includes org units below the listed ones")
    List<ValueJson> find(@RequestParam(required = false) List<String> dataElement,
            @RequestParam(required = false) List<String> orgUnit, @RequestParam(required = false) List<String> period,
            @RequestParam(defaultValue = "false") boolean children, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        List<StoredValue> values = service.find(new DataValueQuery(codes(dataElement), codes(orgUnit), codes(period),
                children));
        if ("csv".equalsIgnoreCase(format) || accept != null && accept.contains("text/csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            ValueCsv.write(values, out);
            out.flush();
            return null;
        }
        return values.stream().map(v -> new ValueJson(v.key().dataElement(), v.key().orgUnit(), v.key().period(),
                v.key().categories(), v.key().partner(), v.value(), v.comment(), v.followUp(), v.source(),
                v.storedBy(), v.storedAt(), v.version(), v.nature(), v.origin(), v.demo())).toList();
    }

    @GetMapping("/datavalues/history")
    @Operation(summary = "Every change of one value, newest first; categories as CAT:OPT;CAT:OPT (empty = total)")
    List<ValueChange> history(@RequestParam String dataElement, @RequestParam String orgUnit,
            @RequestParam String period, @RequestParam(required = false) String categories,
            @RequestParam(required = false) String partner) {
        Map<String, String> cats;
        try {
            cats = ValueKey.parseCombo(categories);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("categories", e.getMessage() + " (use SEX:F;AGE:Y0T4)");
        }
        return service.history(new ValueKey(dataElement, orgUnit, period, cats, partner));
    }

    @GetMapping("/datasets")
    @Operation(summary = "Data sets: groups of data elements entered together, with period type and entry window")
    List<DataSet> dataSets() {
        return dataSets.all();
    }

    private static List<String> codes(List<String> params) {
        if (params == null) {
            return List.of();
        }
        return params.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            String s = node.asString().trim();
            return s.isEmpty() ? null : new BigDecimal(s);
        }
        throw new NumberFormatException(node.toString());
    }

    /** The long CSV layout shared with import and export. */
    static final class ValueCsv {

        static final String[] HEADER = {"data_element", "org_unit", "period", "categories", "partner", "value", "comment"};

        private ValueCsv() {
        }

        static void write(List<StoredValue> values, Writer out) throws IOException {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            for (StoredValue v : values) {
                csv.printRecord(v.key().dataElement(), v.key().orgUnit(), v.key().period(), v.key().combo(),
                        v.key().partner() == null ? "" : v.key().partner(), v.value().toPlainString(),
                        safe(v.comment()));
            }
            csv.flush();
        }

        /** Keeps spreadsheet programs from running a comment as a formula. */
        private static String safe(String s) {
            if (s == null || s.isEmpty()) {
                return "";
            }
            char c = s.charAt(0);
            return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
        }
    }
}
