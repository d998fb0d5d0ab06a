package org.haven.analytics;

import org.haven.indicator.RegistrySnapshots;
import org.springframework.stereotype.Component;

/** Keeps the derived {@link Registry} in memory and re-reads it when the registry's stamp changed. */
@Component
class RegistryCache {

    private final RegistrySnapshots snapshots;
    private volatile Registry current;

    RegistryCache(RegistrySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The registry now: one cheap stamp query, and a full read only after a change. */
    Registry current() {
        String stamp = snapshots.stamp();
        Registry r = current;
        if (r != null && r.stamp.equals(stamp)) {
            return r;
        }
        synchronized (this) {
            r = current;
            if (r == null || !r.stamp.equals(stamp)) {
                r = new Registry(snapshots.current());
                current = r;
            }
            return r;
        }
    }
}
