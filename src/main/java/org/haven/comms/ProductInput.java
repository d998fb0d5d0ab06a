package org.haven.comms;

import java.util.List;

/**
 * What a form or API caller sends to add or change a communication product. Dates are ISO strings and choices enum
 * names, checked by {@link ProductValidator} so each error names its field. {@code activity} is an optional activity
 * code; {@code nodes} framework codes of objectives and contexts; {@code audiences} AUDIENCE option codes;
 * {@code version} is required for changes.
 */
record ProductInput(String title, String kind, String channel, String language, String date, String status,
        String orgUnit, String activity, String summary, String link, List<String> nodes, List<String> audiences,
        List<ReachInput> reach, Boolean demo, Integer version) {

    ProductInput {
        nodes = nodes == null ? List.of() : nodes.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
        audiences = audiences == null ? List.of() : audiences.stream().filter(a -> a != null && !a.isBlank()).map(String::trim).distinct().toList();
        reach = reach == null ? List.of() : reach.stream().filter(r -> r != null).toList();
    }

    /** People reached as sent: audience code, sex (F, M, U) and number. */
    record ReachInput(String audience, String sex, Integer people) {
    }
}
