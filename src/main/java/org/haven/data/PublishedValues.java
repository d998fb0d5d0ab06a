package org.haven.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes values published by others with their nature and origin, through the same checks and write path as every
 * other value (history, one audit event and one {@link DataValuesChanged} per call, source IMPORT). A published
 * value written again with the same value, note, nature and origin is unchanged.
 */
@Service
public class PublishedValues {

    static final int ORIGIN_MAX = 200;
    private static final Pattern NATURE = Pattern.compile("[A-Z]{1,10}");

    private final DataValueService service;

    PublishedValues(DataValueService service) {
        this.service = service;
    }

    /** Every problem of every value (index = position); empty when all can be written. Never writes. */
    @Transactional(readOnly = true)
    public List<ItemProblem> check(List<PublishedValue> values) {
        List<ItemProblem> problems = new ArrayList<>(own(values));
        problems.addAll(service.check(inputs(values)));
        return problems;
    }

    /** What {@link #write} would do; throws like it when there are problems. */
    @Transactional(readOnly = true)
    public WriteSummary preview(List<PublishedValue> values) {
        requireValid(values);
        return service.preview(inputs(values), provenances(values));
    }

    /**
     * Stores the values, all or nothing, in the caller's transaction or a new one. Throws InvalidInputException
     * (fields "items[i].field") for any problem and AccessDeniedException outside the caller's scope.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public WriteSummary write(List<PublishedValue> values) {
        requireValid(values);
        return service.write(inputs(values), provenances(values), ValueSource.IMPORT);
    }

    private static void requireValid(List<PublishedValue> values) {
        List<ItemProblem> own = own(values);
        if (!own.isEmpty()) {
            throw new InvalidInputException(own.stream()
                    .map(p -> new FieldProblem("items[" + p.index() + "]." + p.field(), p.message())).toList());
        }
    }

    private static List<ItemProblem> own(List<PublishedValue> values) {
        List<ItemProblem> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            PublishedValue v = values.get(i);
            if (v.value() == null) {
                out.add(new ItemProblem(i, "value", "a published value is required"));
            }
            if (v.nature() != null && !NATURE.matcher(v.nature()).matches()) {
                out.add(new ItemProblem(i, "nature", "'" + v.nature() + "' is not a nature code (C, CA, E, M, G, N...)"));
            }
            if (v.origin() == null || v.origin().isBlank()) {
                out.add(new ItemProblem(i, "origin", "the origin of a published value is required"));
            } else if (v.origin().length() > ORIGIN_MAX) {
                out.add(new ItemProblem(i, "origin", "the origin is longer than " + ORIGIN_MAX + " characters"));
            }
        }
        return out;
    }

    private static List<DataValueInput> inputs(List<PublishedValue> values) {
        return values.stream().map(v -> new DataValueInput(v.key(), v.value(), v.comment(), false)).toList();
    }

    private static List<Provenance> provenances(List<PublishedValue> values) {
        return values.stream().map(v -> new Provenance(v.nature(), v.origin(), false)).toList();
    }
}
