package org.haven.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.context.MessageSource;

/**
 * One pass over an import file, fed row by row by a reader and processed in chunks of {@value #CHUNK} rows: text
 * checks (required cells, period, number, follow-up flag), duplicates across the whole file, then data-core's
 * {@link DataValueService#check} per chunk. A dry run classifies each accepted row as new, updated or unchanged with
 * one query per chunk; a commit pass writes each chunk with {@link DataValueService#write} (the caller holds the
 * transaction that makes the file all-or-nothing) and stops at the first rejection.
 */
final class ImportRun implements ImportCells {

    static final int CHUNK = 5000;
    static final int MAX_COMMENT = 2000;

    /** Services and settings a run needs; one per import. */
    record Context(DataValueService values, ImportExistingValues existing, MessageSource messages, Locale locale,
            Set<String> categoryCodes, ValueSource source) {
    }

    /** Thrown in a commit pass when a row is rejected, so the surrounding transaction rolls back. */
    static final class Rejected extends RuntimeException {

        private final transient ImportSummary summary;

        Rejected(ImportSummary summary) {
            super("import rejected");
            this.summary = summary;
        }

        ImportSummary summary() {
            return summary;
        }
    }

    private record Accepted(int row, String key, DataValueInput input) {
    }

    private final Context context;
    private final boolean commit;
    private final DataValueBulkWrite bulk;
    private final IntConsumer progress;
    private final List<ImportRow> buffer = new ArrayList<>(CHUNK);
    private final ImportKeyIndex keys = new ImportKeyIndex();
    private final ImportOutcomes outcomes = new ImportOutcomes();
    private final List<ImportRejection> rejections = new ArrayList<>();
    private ImportColumns columns;
    private int headerRow;
    private int rows;
    private int created;
    private int updated;
    private int unchanged;

    ImportRun(Context context, boolean commit, IntConsumer progress) {
        this.context = context;
        this.commit = commit;
        this.progress = progress;
        this.bulk = commit ? context.values().openBulk(context.source()) : null;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\uFFFD') >= 0) {
                // a byte sequence that is not UTF-8 was decoded as the replacement character
                String column = columns == null ? cells.get(i) : columns.name(i);
                reject(rowNumber, column, "import.reason.encoding", rowNumber);
                if (columns != null) {
                    rows++;
                    return;
                }
            }
        }
        if (columns == null) {
            headerRow = rowNumber;
            columns = ImportColumns.of(rowNumber, cells, context.categoryCodes());
            for (String unknown : columns.unknown()) {
                reject(rowNumber, unknown, "import.reason.unknownColumn", unknown);
            }
            return;
        }
        buffer.add(columns.row(rowNumber, cells));
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    /** Records a file-level problem (encoding, malformed CSV, bad header) as a rejected row. */
    void fail(ImportFileException e) {
        reject(e.row(), e.column(), e.messageKey(), e.args());
    }

    ImportSummary finish() {
        flush();
        if (columns == null && rejections.isEmpty()) {
            reject(1, "", "import.reason.empty");
        } else if (columns != null && rows == 0 && rejections.isEmpty()) {
            reject(headerRow + 1, "", "import.reason.noRows");
        }
        rejections.sort(Comparator.comparingInt(ImportRejection::row));
        int rejected = (int) rejections.stream().mapToInt(ImportRejection::row).distinct().count();
        if (commit) {
            if (rejections.isEmpty()) {
                complete();
            }
            return new ImportSummary(false, rows, created, updated, unchanged, rejected,
                    outcomes.count(ImportOutcomes.SKIPPED), rejections);
        }
        return new ImportSummary(true, rows, outcomes.count(ImportOutcomes.CREATED),
                outcomes.count(ImportOutcomes.UPDATED), outcomes.count(ImportOutcomes.UNCHANGED), rejected,
                outcomes.count(ImportOutcomes.SKIPPED), rejections);
    }

    int rowsRead() {
        return rows;
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<Accepted> accepted = new ArrayList<>(buffer.size());
        Map<Integer, Integer> positionOfRow = new HashMap<>();
        for (ImportRow r : buffer) {
            DataValueInput input = parse(r);
            if (input == null) {
                continue;
            }
            String key = key(input.key());
            int first = keys.putIfAbsent(key, r.row());
            if (first != 0) {
                reject(r.row(), "", "import.reason.duplicate", first);
                reject(first, "", "import.reason.duplicate", r.row());
                Integer pos = positionOfRow.remove(first);
                if (pos != null) {
                    accepted.set(pos, null);
                }
                continue;
            }
            positionOfRow.put(r.row(), accepted.size());
            accepted.add(new Accepted(r.row(), key, input));
        }
        rows += buffer.size();
        buffer.clear();
        accepted.removeIf(a -> a == null);
        List<DataValueInput> inputs = accepted.stream().map(Accepted::input).toList();
        if (commit) {
            write(accepted, inputs);
            progress.accept(rows);
            return;
        }
        boolean[] bad = new boolean[inputs.size()];
        for (ItemProblem p : context.values().check(inputs)) {
            Accepted a = accepted.get(p.index());
            bad[p.index()] = true;
            rejections.add(new ImportRejection(a.row(), ImportFieldColumns.column(p.field()), p.message()));
            outcomes.set(a.row(), ImportOutcomes.REJECTED);
        }
        List<Accepted> clean = new ArrayList<>(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            if (!bad[i]) {
                clean.add(accepted.get(i));
            }
        }
        classify(clean);
        progress.accept(rows);
    }

    /** Commit pass: adds the chunk to the bulk write, or records its problems and rolls back. */
    private void write(List<Accepted> accepted, List<DataValueInput> inputs) {
        if (!rejections.isEmpty()) {
            throw new Rejected(finish());
        }
        List<ItemProblem> problems = bulk.tryAdd(inputs);
        if (!problems.isEmpty()) {
            for (ItemProblem p : problems) {
                rejections.add(new ImportRejection(accepted.get(p.index()).row(),
                        ImportFieldColumns.column(p.field()), p.message()));
            }
            throw new Rejected(finish());
        }
    }

    /** Finishes the bulk write once the whole file was added; a problem found then rejects the file. */
    private void complete() {
        WriteSummary s;
        try {
            s = bulk.finish();
        } catch (InvalidInputException e) {
            // e.g. the same cell twice (the file-level duplicate check normally finds it first)
            for (FieldProblem p : e.problems()) {
                rejections.add(new ImportRejection(0, "", p.message()));
            }
            throw new Rejected(finish());
        }
        created = s.created();
        updated = s.updated();
        unchanged = s.unchanged();
    }

    private void classify(List<Accepted> clean) {
        Map<String, ImportExistingValues.Existing> found =
                context.existing().find(clean.stream().map(a -> a.input().key()).toList());
        for (Accepted a : clean) {
            ImportExistingValues.Existing old = found.get(a.key());
            byte outcome;
            if (old == null) {
                outcome = ImportOutcomes.CREATED;
            } else {
                outcome = old.sameAs(a.input()) ? ImportOutcomes.UNCHANGED : ImportOutcomes.UPDATED;
            }
            if (outcomes.get(a.row()) != ImportOutcomes.REJECTED) {
                outcomes.set(a.row(), outcome);
            }
        }
    }

    /** Text checks of one row; null (with its rejections recorded) when it cannot become an input. */
    private DataValueInput parse(ImportRow r) {
        if (r.value().isEmpty()) {
            outcomes.set(r.row(), ImportOutcomes.SKIPPED);
            return null;
        }
        int before = rejections.size();
        required(r.row(), ImportColumns.DATA_ELEMENT, r.dataElement());
        required(r.row(), ImportColumns.ORG_UNIT, r.orgUnit());
        Period period = null;
        if (required(r.row(), ImportColumns.PERIOD, r.period())) {
            try {
                period = Period.parse(r.period());
            } catch (IllegalArgumentException e) {
                reject(r.row(), ImportColumns.PERIOD, "import.reason.badPeriod", r.period(), e.getMessage());
            }
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(r.value());
        } catch (NumberFormatException e) {
            reject(r.row(), ImportColumns.VALUE, "import.reason.notNumber", r.value());
        }
        Boolean followUp = followUp(r.followUp());
        if (followUp == null) {
            reject(r.row(), ImportColumns.FOLLOW_UP, "import.reason.followUp", r.followUp());
        }
        if (r.comment().length() > MAX_COMMENT) {
            reject(r.row(), ImportColumns.COMMENT, "import.reason.tooLong", ImportColumns.COMMENT, MAX_COMMENT);
        }
        if (rejections.size() > before) {
            return null;
        }
        ValueKey key = new ValueKey(r.dataElement(), r.orgUnit(), period.iso(), r.categories(),
                r.partner().isEmpty() ? null : r.partner());
        return new DataValueInput(key, value, r.comment().isEmpty() ? null : r.comment(), followUp);
    }

    private boolean required(int row, String column, String value) {
        if (value.isEmpty()) {
            reject(row, column, "import.reason.required", column);
            return false;
        }
        return true;
    }

    private static Boolean followUp(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "no" -> Boolean.FALSE;
            case "true", "1", "yes" -> Boolean.TRUE;
            default -> null;
        };
    }

    /** The canonical key: element, org unit, ISO period, sorted option combination and partner. */
    static String key(ValueKey k) {
        return k.dataElement() + '|' + k.orgUnit() + '|' + k.period() + '|' + k.combo() + '|'
                + (k.partner() == null ? "" : k.partner());
    }

    private void reject(int row, String column, String messageKey, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // row numbers and limits print as typed (no grouping separators)
            texts[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        String message = context.messages().getMessage(messageKey, texts, messageKey, context.locale());
        rejections.add(new ImportRejection(row, column, message));
        outcomes.set(row, ImportOutcomes.REJECTED);
    }
}
