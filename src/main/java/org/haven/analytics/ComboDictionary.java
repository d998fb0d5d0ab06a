package org.haven.analytics;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.haven.data.ValueKey;

/**
 * Every category option combination seen in stored values ("AGE:Y0T4;SEX:F", "" for the total), by dense id, with
 * its category -> option map. Append-only like {@link Interner}. The scan never looks at the strings: a query turns
 * each id into a split position once (see {@link ComboSplit}).
 */
final class ComboDictionary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile Map<String, String>[] options = newArray(16);
    private int size;

    int intern(String combo) {
        String text = combo == null ? "" : combo;
        Integer known = ids.get(text);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = ids.get(text);
            if (known != null) {
                return known;
            }
            Map<String, String>[] o = options;
            if (size == o.length) {
                o = Arrays.copyOf(o, size * 2);
            }
            o[size] = Map.copyOf(ValueKey.parseCombo(text));
            options = o;
            ids.put(text, size);
            return size++;
        }
    }

    /** How many combinations are known; ids are 0 to size - 1. */
    int size() {
        return ids.size();
    }

    Map<String, String> options(int id) {
        return options[id];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] newArray(int n) {
        return new Map[n];
    }
}
