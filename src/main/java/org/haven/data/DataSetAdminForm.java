package org.haven.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The data set form as submitted: texts as typed, the ticked element codes and, per element, the order number
 * typed beside it (field {@code order.CODE}); validated by {@link DataSetAdminService}.
 */
record DataSetAdminForm(String code, String name, String periodType, String openDays, String version,
        List<String> elements, Map<String, String> orders) {

    DataSetAdminForm {
        elements = elements == null ? List.of() : List.copyOf(elements);
        orders = orders == null ? Map.of() : Map.copyOf(orders);
    }

    static DataSetAdminForm blank() {
        return new DataSetAdminForm("", "", PeriodType.QUARTERLY.name(), "30", null, List.of(), Map.of());
    }

    static DataSetAdminForm of(DataSetAdminRow row) {
        Map<String, String> orders = new HashMap<>();
        for (int i = 0; i < row.elements().size(); i++) {
            orders.put(row.elements().get(i), String.valueOf(i + 1));
        }
        return new DataSetAdminForm(row.code(), row.name(), row.periodType().name(), String.valueOf(row.openDays()),
                String.valueOf(row.version()), row.elements(), orders);
    }

    static DataSetAdminForm from(MultiValueMap<String, String> params) {
        Map<String, String> orders = new HashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith("order.") && !values.isEmpty() && values.get(0) != null) {
                orders.put(key.substring("order.".length()), values.get(0));
            }
        });
        List<String> elements = params.getOrDefault("elements", List.of());
        return new DataSetAdminForm(params.getFirst("code"), params.getFirst("name"), params.getFirst("periodType"),
                params.getFirst("openDays"), params.getFirst("version"),
                elements.stream().filter(e -> e != null && !e.isBlank()).distinct().toList(), orders);
    }

    public boolean selected(String element) {
        return elements.contains(element);
    }

    public String order(String element) {
        return orders.getOrDefault(element, "");
    }
}
