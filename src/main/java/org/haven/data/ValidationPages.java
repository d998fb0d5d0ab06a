package org.haven.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.FieldProblem;
import org.haven.indicator.DataElementCatalog;
import org.haven.indicator.ElementDefinition;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What the validation and outlier pages share: the selection form's choices, errors and entry-form links. */
@Component
class ValidationPages {

    private final DataSetCatalog dataSets;
    private final DataElementCatalog elements;
    private final OrgUnitDirectory orgUnits;

    ValidationPages(DataSetCatalog dataSets, DataElementCatalog elements, OrgUnitDirectory orgUnits) {
        this.dataSets = dataSets;
        this.elements = elements;
        this.orgUnits = orgUnits;
    }

    /** Puts the selection and its choices into the model; resolves it when submitted (null when not or invalid). */
    ValidationSelection.Resolved prepare(ValidationSelection selection, Model model) {
        model.addAttribute("selection", selection);
        model.addAttribute("dataSets", dataSets.all());
        model.addAttribute("elements", elements.elements().stream().map(ElementDefinition::code).toList());
        List<OrgUnit> units = new ArrayList<>(orgUnits.regions());
        units.addAll(orgUnits.countries());
        model.addAttribute("orgUnits", units);
        if (!selection.submitted()) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        ValidationSelection.Resolved resolved = selection.resolve(dataSets, orgUnits, problems);
        if (!problems.isEmpty()) {
            errors(model, problems);
            return null;
        }
        return resolved;
    }

    static void errors(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }

    /** /data/entry?dataSet=&orgUnit=&period= for the chosen data set or the first one holding one of the elements. */
    String entryLink(String chosenDataSet, Iterable<String> elementCodes, String orgUnit, String period) {
        String set = chosenDataSet;
        if (set == null) {
            for (String e : elementCodes) {
                List<DataSet> holding = dataSets.containing(e);
                if (!holding.isEmpty()) {
                    set = holding.get(0).code();
                    break;
                }
            }
        }
        if (set == null) {
            return null;
        }
        return UriComponentsBuilder.fromPath("/data/entry").queryParam("dataSet", set).queryParam("orgUnit", orgUnit)
                .queryParam("period", period).encode().build().toUriString();
    }
}
