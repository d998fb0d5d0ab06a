package org.haven.plan;

import java.time.LocalDate;

/** A progress update as sent by a form or API caller; status is an {@link ActivityStatus} name. */
record ProgressInput(LocalDate reportDate, String narrative, String status, Integer percentComplete) {
}
