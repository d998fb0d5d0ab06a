package org.haven.comms;

/** Where a product stands in the communication plan; reach is recorded for delivered products only. */
enum ProductStatus {
    PLANNED, DELIVERED, CANCELLED
}
