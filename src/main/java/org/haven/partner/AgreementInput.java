package org.haven.partner;

import java.time.LocalDate;
import java.util.List;

/** An agreement as a form or API caller sends it; {@code version} is required for changes. */
record AgreementInput(String title, LocalDate startDate, LocalDate endDate, String scope, List<String> nodeCodes,
        Boolean demo, Integer version) {

    AgreementInput {
        nodeCodes = nodeCodes == null ? List.of()
                : nodeCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
    }
}
