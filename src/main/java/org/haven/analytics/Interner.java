package org.haven.analytics;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An append-only dictionary of strings to dense ids (0, 1, 2...). Appends happen under the engine's write lock;
 * lookups are safe from any thread, and an id handed out stays valid forever.
 */
final class Interner {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] values = new String[16];
    private int size;

    /** The id of {@code value}, adding it when new. Callers hold the engine's write lock. */
    int intern(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(value);
            if (id != null) {
                return id;
            }
            String[] v = values;
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
            }
            v[size] = value;
            values = v;
            ids.put(value, size);
            return size++;
        }
    }

    /** The id of {@code value}, or -1. */
    int find(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    String value(int id) {
        return values[id];
    }

    int size() {
        return ids.size();
    }
}
