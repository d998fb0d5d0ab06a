package org.haven.analytics;

import java.util.Map;

/** One consistent state of the engine's memory: the org-unit tree and every data element's partition. Immutable. */
record ValueSnapshot(OrgTree orgs, Map<String, Partition> partitions, long values) {

    ValueSnapshot {
        partitions = Map.copyOf(partitions);
    }

    Partition partition(String element) {
        return partitions.get(element);
    }

    long bytes() {
        return partitions.values().stream().mapToLong(Partition::bytes).sum();
    }
}
