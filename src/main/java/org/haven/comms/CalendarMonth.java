package org.haven.comms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One month of the communication plan: weeks from Monday to Sunday covering the month (days of the neighbouring
 * months marked outside), each day with its products, and the days that have products (the list alternative).
 */
record CalendarMonth(YearMonth month, List<List<Day>> weeks, List<Day> daysWithProducts, int productCount) {

    record Day(LocalDate date, boolean inMonth, List<CommsProduct> products) {
    }

    static CalendarMonth of(YearMonth month, List<CommsProduct> products) {
        Map<LocalDate, List<CommsProduct>> byDate = products.stream()
                .collect(Collectors.groupingBy(CommsProduct::date));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> withProducts = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean inMonth = YearMonth.from(d).equals(month);
            Day day = new Day(d, inMonth, inMonth ? byDate.getOrDefault(d, List.of()) : List.of());
            week.add(day);
            if (!day.products().isEmpty()) {
                withProducts.add(day);
            }
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        return new CalendarMonth(month, weeks, withProducts, products.size());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
