package org.haven.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Texts and numbers of one report, in the locale it is generated for (a background job has no request). */
final class ReportText {

    private final MessageSource messages;
    private final Locale locale;

    ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The message, or {@code fallback} when the bundle has none for the key. */
    String messageOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** A dash when there is no value. */
    String number(Double value, int decimals) {
        if (value == null) {
            return message("report.noValue");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    String amount(BigDecimal value, String currency) {
        if (value == null) {
            return message("report.noValue");
        }
        return number(value.doubleValue(), 0) + " " + currency;
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
