package org.haven.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One invalid field of a form or API request, with a message a user can act on. */
public record FieldProblem(String field, String message) {

    /** The messages per field, in the order the fields first fail; two problems of one field are joined by "; ". */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }
}
