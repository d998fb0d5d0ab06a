package org.haven.analytics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.haven.data.DataValuesChanged;
import org.haven.data.ValueFeed;
import org.haven.data.ValueFeed.FeedValue;
import org.haven.reference.OrgUnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

/**
 * The engine's memory: loads every stored value once (in the background at start, or on the first query), then
 * stays current without any scheduled rebuild: after each commit that changed values or approvals
 * ({@link DataValuesChanged}) it re-reads the touched cells, in the committing thread, and swaps in a new
 * {@link ValueSnapshot} before that thread returns, so the next query sees the change. Queries read the current
 * snapshot without locking; changes are applied one at a time.
 */
@Component
class ValueStore implements AnalyticsLoader {

    private static final Logger log = LoggerFactory.getLogger(ValueStore.class);

    final PeriodDictionary periods = new PeriodDictionary();
    final ComboDictionary combos = new ComboDictionary();
    /** Partner codes; id 0 is "no partner". */
    final Interner partners = new Interner();
    /** Natures of published values; id 0 is none. */
    final Interner natures = new Interner();
    /** Origins of published values; id 0 is none. */
    final Interner origins = new Interner();

    /** How long a writer waits for its change to be in memory. */
    static final long WAIT_MS = 5_000;

    private final ValueFeed feed;
    private final OrgUnitDirectory directory;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private volatile ValueSnapshot current;
    private volatile LoadStats lastLoad = new LoadStats(0, 0, 0, 0);

    ValueStore(ValueFeed feed, OrgUnitDirectory directory) {
        this.feed = feed;
        this.directory = directory;
        partners.intern("");
        natures.intern("");
        origins.intern("");
    }

    /** The current memory, loading it first if this is the first use. */
    ValueSnapshot snapshot() {
        ValueSnapshot s = current;
        if (s != null) {
            return s;
        }
        synchronized (lock) {
            if (current == null) {
                load();
            }
            return current;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                log.warn("Analytics could not load the stored values at start; the first query will try again", e);
            }
        }, "analytics-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public LoadStats reloadAll() {
        synchronized (lock) {
            load();
            return lastLoad;
        }
    }

    @Override
    public LoadStats stats() {
        ValueSnapshot s = current;
        LoadStats l = lastLoad;
        return s == null ? l : new LoadStats(s.values(), s.partitions().size(), l.millis(), s.bytes());
    }

    /**
     * Re-reads the touched cells after the writing transaction committed (or at once without a transaction), on the
     * one refresh thread, and waits until they are in memory, so the writer's next query sees its change. The wait
     * is bounded: the writer still holds its database connection here, and were every pooled connection held by
     * waiting writers the refresh thread could not read; after {@link #WAIT_MS} the writer goes on and the refresh
     * completes as soon as connections are free.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onValuesChanged(DataValuesChanged event) {
        Future<?> done = refresher.submit(() -> {
            try {
                apply(event.dataElements(), event.orgUnits(), event.periods());
            } catch (RuntimeException e) {
                log.warn("Analytics could not re-read changed values; reloading everything at the next query", e);
                synchronized (lock) {
                    current = null;
                }
            }
        });
        try {
            done.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Analytics is still re-reading changed values after {} ms", WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Analytics refresh failed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Replaces what the memory holds for elements x org units x periods by what is stored now. */
    void apply(Set<String> elements, Set<String> orgUnits, Set<String> periodCodes) {
        if (elements.isEmpty() || orgUnits.isEmpty() || periodCodes.isEmpty()) {
            return;
        }
        synchronized (lock) {
            ValueSnapshot s = current;
            if (s == null) {
                return; // nothing loaded yet: the load will read these values
            }
            OrgTree tree = s.orgs();
            Map<String, Partition> parts = new HashMap<>(s.partitions());
            BitSet units = new BitSet(tree.size());
            for (String code : orgUnits) {
                int i = tree.find(code);
                if (i >= 0) {
                    units.set(i);
                }
            }
            BitSet periodIds = new BitSet();
            for (String p : periodCodes) {
                try {
                    periodIds.set(periods.intern(p));
                } catch (IllegalArgumentException e) {
                    // not a period: no stored value can have it
                }
            }
            Map<String, PartitionBuilder> builders = new HashMap<>();
            for (String element : elements) {
                PartitionBuilder b = new PartitionBuilder();
                Partition old = parts.remove(element);
                if (old != null) {
                    b.addKept(old, units, periodIds);
                }
                builders.put(element, b);
            }
            List<FeedValue> unknown = new ArrayList<>();
            OrgTree before = tree;
            feed.values(elements, orgUnits, periodCodes, v -> {
                if (!accept(v, builders, before)) {
                    unknown.add(v);
                }
            });
            if (!unknown.isEmpty()) {
                // a value of an org unit created since the tree was read: renumber everything with the new tree
                OrgTree newer = OrgTree.of(directory.list(null, null, null));
                int[] map = renumbering(tree, newer);
                parts = remap(parts, tree, newer);
                builders.values().forEach(b -> b.remap(map));
                tree = newer;
                for (FeedValue v : unknown) {
                    if (!accept(v, builders, newer)) {
                        log.warn("Analytics skipped a value of unknown org unit {}", v.orgUnit());
                    }
                }
            }
            int[] sizes = comboSizes();
            for (String element : elements) {
                PartitionBuilder b = builders.get(element);
                if (b.size() == 0) {
                    parts.remove(element);
                } else {
                    parts.put(element, b.build(periods, sizes));
                }
            }
            current = new ValueSnapshot(tree, parts, parts.values().stream().mapToLong(Partition::size).sum());
        }
    }

    private void load() {
        long started = System.nanoTime();
        OrgTree tree = OrgTree.of(directory.list(null, null, null));
        Map<String, PartitionBuilder> builders = new HashMap<>();
        List<FeedValue> unknown = new ArrayList<>();
        feed.all(v -> {
            if (!accept(v, builders, tree)) {
                unknown.add(v);
            }
        });
        OrgTree finalTree = tree;
        if (!unknown.isEmpty()) {
            OrgTree newer = OrgTree.of(directory.list(null, null, null));
            int[] map = renumbering(tree, newer);
            builders.values().forEach(b -> b.remap(map));
            finalTree = newer;
            for (FeedValue v : unknown) {
                if (!accept(v, builders, newer)) {
                    log.warn("Analytics skipped a value of unknown org unit {}", v.orgUnit());
                }
            }
        }
        int[] sizes = comboSizes();
        Map<String, Partition> parts = new HashMap<>();
        long total = 0;
        for (String element : List.copyOf(builders.keySet())) {
            Partition p = builders.remove(element).build(periods, sizes); // each builder freed once built
            parts.put(element, p);
            total += p.size();
        }
        ValueSnapshot s = new ValueSnapshot(finalTree, parts, total);
        current = s;
        long millis = (System.nanoTime() - started) / 1_000_000;
        lastLoad = new LoadStats(total, parts.size(), millis, s.bytes());
        log.info("Analytics loaded {} values of {} data elements in {} ms", total, parts.size(), millis);
    }

    /** Adds the value to its element's builder; false when its org unit is not in {@code tree}. */
    private boolean accept(FeedValue v, Map<String, PartitionBuilder> builders, OrgTree tree) {
        int unit = tree.find(v.orgUnit());
        if (unit < 0) {
            return false;
        }
        int period;
        try {
            period = periods.intern(v.period());
        } catch (IllegalArgumentException e) {
            log.warn("Analytics skipped a value with period '{}': {}", v.period(), e.getMessage());
            return true;
        }
        byte flags = (byte) ((v.demo() ? Partition.DEMO : 0) | (v.approved() ? Partition.APPROVED : 0)
                | (v.origin() != null ? Partition.PUBLISHED : 0));
        builders.computeIfAbsent(v.dataElement(), k -> new PartitionBuilder()).add(unit, period,
                combos.intern(v.combo()), partners.intern(v.partner() == null ? "" : v.partner()), v.value(), flags,
                v.nature() == null ? 0 : natures.intern(v.nature()), v.origin() == null ? 0 : origins.intern(v.origin()));
        return true;
    }

    private int[] comboSizes() {
        int n = combos.size();
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = combos.options(i).size();
        }
        return sizes;
    }

    private Map<String, Partition> remap(Map<String, Partition> parts, OrgTree from, OrgTree to) {
        int[] map = renumbering(from, to);
        int[] sizes = comboSizes();
        Map<String, Partition> out = new HashMap<>();
        for (Map.Entry<String, Partition> e : parts.entrySet()) {
            PartitionBuilder b = new PartitionBuilder();
            b.addAll(e.getValue());
            b.remap(map);
            if (b.size() > 0) {
                out.put(e.getKey(), b.build(periods, sizes));
            }
        }
        return out;
    }

    private static int[] renumbering(OrgTree from, OrgTree to) {
        int[] map = new int[from.size()];
        for (int i = 0; i < from.size(); i++) {
            map[i] = to.find(from.code(i));
        }
        return map;
    }
}
