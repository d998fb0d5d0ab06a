package org.haven.exchange.sdmx;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.exchange.sdmx.SdmxModel.Codelist;
import org.haven.exchange.sdmx.SdmxModel.Observation;
import org.haven.exchange.sdmx.SdmxModel.Structure;

/**
 * A data query in the SDMX REST style: the key ("A.VC_VAW_PHYPYV.404.F._T": one part per dimension in key order,
 * '.'-separated, an empty part or '*' for any code, '+' between alternatives; "all" or "*" for everything) and the
 * inclusive time range from startPeriod and endPeriod (a year, "2020-Q2", "2020-04" or a date). A bad key names its
 * part; an unknown code names its codelist.
 */
record SdmxQuery(List<Set<String>> key, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    SdmxQuery {
        key = List.copyOf(key);
    }

    static SdmxQuery parse(Structure structure, String key, String startPeriod, String endPeriod) {
        LocalDate from = startPeriod == null || startPeriod.isBlank() ? null : bound("startPeriod", startPeriod, true);
        LocalDate to = endPeriod == null || endPeriod.isBlank() ? null : bound("endPeriod", endPeriod, false);
        if (from != null && to != null && from.isAfter(to)) {
            throw SdmxException.syntax("startPeriod " + startPeriod + " is after endPeriod " + endPeriod);
        }
        return new SdmxQuery(key(structure, key), from, to);
    }

    private static List<Set<String>> key(Structure structure, String key) {
        List<String> dims = SdmxModel.DIMENSIONS;
        List<Set<String>> out = new ArrayList<>();
        if (key == null || key.isBlank() || key.equals("all") || key.equals("*")) {
            dims.forEach(d -> out.add(Set.of()));
            return out;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != dims.size()) {
            throw SdmxException.syntax("the key '" + key + "' has " + parts.length + " parts; it needs "
                    + dims.size() + " (" + String.join(".", dims) + "), e.g. A.VC_VAW_PHYPYV.404.F._T");
        }
        for (int i = 0; i < parts.length; i++) {
            String dim = dims.get(i);
            Set<String> codes = new LinkedHashSet<>();
            if (!parts[i].isEmpty() && !parts[i].equals("*")) {
                Codelist list = structure.codelistOf(dim);
                for (String raw : parts[i].split("\\+", -1)) {
                    String code = dim.equals("REF_AREA") && raw.matches("\\d{1,3}") ? String.valueOf(Integer.parseInt(raw)) : raw;
                    if (code.isEmpty()) {
                        throw SdmxException.syntax("key part " + (i + 1) + " (" + dim + ") '" + parts[i]
                                + "' has an empty code between '+'");
                    }
                    if (!list.has(code)) {
                        throw SdmxException.syntax("key part " + (i + 1) + " (" + dim + "): '" + raw
                                + "' is not a code of " + list.id());
                    }
                    codes.add(code);
                }
            }
            out.add(Set.copyOf(codes));
        }
        return out;
    }

    private static LocalDate bound(String param, String value, boolean start) {
        String v = value.trim();
        Matcher m;
        try {
            if ((m = YEAR.matcher(v)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
                return start ? first.atDay(1) : first.plusMonths(2).atEndOfMonth();
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            if (DAY.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
        } catch (RuntimeException e) {
            // falls through to the error below
        }
        throw SdmxException.syntax(param + " '" + value + "' is not a period (2020, 2020-Q2, 2020-04 or 2020-04-30)");
    }

    /** Whether the observation's key matches and its period lies inside the range. */
    boolean matches(Observation o, LocalDate periodStart, LocalDate periodEnd) {
        List<String> k = o.key();
        for (int i = 0; i < key.size(); i++) {
            if (!key.get(i).isEmpty() && !key.get(i).contains(k.get(i))) {
                return false;
            }
        }
        return (from == null || !periodEnd.isBefore(from)) && (to == null || !periodStart.isAfter(to));
    }
}
