package org.haven.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Saves one cell of the entry form (called by entry.js when a cell is left): writes it with
 * {@link DataValueService#write} as an ENTRY and answers {@code {"ok": true|false, "message": "..."}} with 200,
 * 400 (invalid value, approved or locked period), 403 (outside the user's scope) or 409.
 */
@Controller
class DataEntryValueController {

    private final DataSetCatalog sets;
    private final DataEntryAccess access;
    private final DataValueService values;
    private final MessageSource messages;

    DataEntryValueController(DataSetCatalog sets, DataEntryAccess access, DataValueService values,
            MessageSource messages) {
        this.sets = sets;
        this.access = access;
        this.values = values;
        this.messages = messages;
    }

    @PostMapping(value = "/data/entry/value", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@RequestParam(required = false) String dataSet,
            @RequestParam(required = false) String orgUnit, @RequestParam(required = false) String period,
            @RequestParam(required = false) String dataElement, @RequestParam(required = false) String combo,
            @RequestParam(required = false) String value, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String followUp) {
        try {
            DataEntryTarget target = DataEntryTarget.resolve(sets, access, dataSet, orgUnit, period);
            access.requireOpen(target.orgUnit());
            if (dataElement == null || !target.set().dataElements().contains(dataElement)) {
                return answer(HttpStatus.BAD_REQUEST, "dataElement: '" + dataElement + "' is not in data set "
                        + target.set().code());
            }
            Map<String, String> categories;
            try {
                categories = ValueKey.parseCombo(combo);
            } catch (IllegalArgumentException e) {
                return answer(HttpStatus.BAD_REQUEST, "combo: " + e.getMessage());
            }
            String text = value == null ? "" : value.trim().replace("\u00a0", "").replace(" ", "");
            BigDecimal number = null;
            if (!text.isEmpty()) {
                try {
                    number = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return answer(HttpStatus.BAD_REQUEST, text("entry.value.notNumber", value.trim()));
                }
            }
            String note = comment == null || comment.isBlank() ? null : comment.trim();
            boolean flag = "true".equalsIgnoreCase(followUp) || "on".equalsIgnoreCase(followUp);
            ValueKey key = new ValueKey(dataElement, target.orgUnit().code(), target.period().iso(), categories,
                    access.partner());
            WriteSummary summary = values.write(List.of(new DataValueInput(key, number, note, flag)), ValueSource.ENTRY);
            String message = summary.deleted() > 0 ? text("entry.deleted")
                    : summary.created() + summary.updated() > 0 ? text("entry.saved")
                    : number == null ? text("entry.deleted") : text("entry.unchanged");
            return answer(HttpStatus.OK, message);
        } catch (InvalidInputException e) {
            return answer(HttpStatus.BAD_REQUEST, String.join("; ", e.problems().stream()
                    .map(p -> fieldName(p.field()) + ": " + p.message()).toList()));
        } catch (AccessDeniedException e) {
            return answer(HttpStatus.FORBIDDEN, text("entry.value.forbidden") + detail(e.getMessage()));
        } catch (ConflictException e) {
            return answer(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    /** "items[0].value" -> "value". */
    private static String fieldName(String field) {
        int dot = field.lastIndexOf('.');
        return dot >= 0 && field.startsWith("items[") ? field.substring(dot + 1) : field;
    }

    /** The reason of a data-core refusal ("items[0].orgUnit: outside your countries ...") without the field prefix. */
    private static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        int colon = message.indexOf(": ");
        String reason = message.startsWith("items[") && colon >= 0 ? message.substring(colon + 2) : message;
        return " (" + reason + ")";
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", status == HttpStatus.OK);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
