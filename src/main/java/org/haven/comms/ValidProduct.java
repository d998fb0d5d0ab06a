package org.haven.comms;

import java.time.LocalDate;
import java.util.List;

import org.haven.plan.Activity;

/** A product input that passed every check, with its values parsed and its activity (if any) resolved. */
record ValidProduct(String title, ProductKind kind, Channel channel, String language, LocalDate date,
        ProductStatus status, String orgUnit, Activity activity, String summary, String link, List<String> nodes,
        List<String> audiences, List<Reach> reach, boolean demo) {
}
