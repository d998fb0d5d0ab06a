package org.haven.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.analytics.AnalyticsRow;
import org.haven.analytics.ProgressStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns analytics numbers into the texts pages and tooltips show, in the request's locale. */
@Component
class ValueText {

    private final MessageSource messages;

    ValueText(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    String number(Double value, int decimals) {
        if (value == null) {
            return message("dashboard.noValue");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** The value as a cell shows it: "12.5 %", "1,204", "suppressed" or a dash for no value. */
    String value(Double value, boolean suppressed, Measure measure) {
        if (suppressed) {
            return message("dashboard.suppressed");
        }
        if (value == null) {
            return message("dashboard.noValue");
        }
        String stage = measure.stage(value);
        if (stage != null) {
            return stage;
        }
        return number(value, measure.decimals()) + (measure.percent() ? " %" : "");
    }

    String value(AnalyticsRow row, Measure measure) {
        return value(row.value(), row.suppressed(), measure);
    }

    /** Nature and origin of a published value ("Country data · UN SDG Global Database"), or null for Haven's own. */
    String note(AnalyticsRow row) {
        List<String> parts = new ArrayList<>();
        if (row.nature() != null && !row.nature().isBlank()) {
            parts.add(nature(row.nature()));
        }
        if (row.origin() != null && !row.origin().isBlank()) {
            parts.add(row.origin());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    String nature(String code) {
        String key = "dashboard.nature." + code.trim().toLowerCase(Locale.ROOT);
        return messages.getMessage(key, null, code, locale());
    }

    /** A tooltip: "Kenya, 2019: 12.5 % · Country data · UN SDG Global Database · DEMO". */
    String tip(String label, AnalyticsRow row, Measure measure) {
        StringBuilder text = new StringBuilder(label).append(": ").append(value(row, measure));
        String note = note(row);
        if (note != null) {
            text.append(" · ").append(note);
        }
        if (row.demo()) {
            text.append(" · ").append(message("dashboard.demo"));
        }
        return text.toString();
    }

    DataTable.Cell cell(AnalyticsRow row, Measure measure) {
        if (row == null) {
            return new DataTable.Cell(message("dashboard.noValue"), null, true, null, false, false, null);
        }
        return new DataTable.Cell(value(row, measure), null, true, note(row), row.demo(), row.suppressed(), null);
    }

    String status(ProgressStatus status) {
        return message("dashboard.status." + status.name());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
