package org.haven.analytics;

import java.util.function.Supplier;

import org.haven.indicator.RegistrySnapshot;
import org.haven.indicator.RegistrySnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps the derived {@link Registry} in memory and re-reads it when the registry's stamp changed. */
@Component
class RegistryCache {

    private final Supplier<String> stamp;
    private final Supplier<RegistrySnapshot> read;
    private volatile Registry current;

    @Autowired
    RegistryCache(RegistrySnapshots snapshots) {
        this(snapshots::stamp, snapshots::current);
    }

    /** For checks without a database: the stamp and the snapshot come from the suppliers. */
    RegistryCache(Supplier<String> stamp, Supplier<RegistrySnapshot> read) {
        this.stamp = stamp;
        this.read = read;
    }

    /** The registry now: one cheap stamp query, and a full read only after a change. */
    Registry current() {
        String now = stamp.get();
        Registry r = current;
        if (r != null && r.stamp.equals(now)) {
            return r;
        }
        synchronized (this) {
            r = current;
            if (r == null || !r.stamp.equals(now)) {
                r = new Registry(read.get());
                current = r;
            }
            return r;
        }
    }
}
