package org.haven.data;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /data/completeness: for a data set and period, each org unit in scope with values entered and complete yes/no. */
@Controller
class CompletenessController {

    private final DataSetCatalog sets;
    private final CompletenessService completeness;

    CompletenessController(DataSetCatalog sets, CompletenessService completeness) {
        this.sets = sets;
        this.completeness = completeness;
    }

    @GetMapping("/data/completeness")
    String page(@RequestParam(required = false) String dataSet, @RequestParam(required = false) String period,
            Model model, HttpServletResponse response) {
        List<DataSet> all = sets.all();
        model.addAttribute("dataSets", all);
        DataSet set = dataSet == null || dataSet.isBlank() ? null
                : all.stream().filter(s -> s.code().equals(dataSet.trim())).findFirst().orElse(null);
        model.addAttribute("selectedSet", dataSet == null ? "" : dataSet.trim());
        model.addAttribute("selectedPeriod", period == null ? "" : period.trim());
        if (set == null) {
            if (dataSet != null && !dataSet.isBlank()) {
                response.setStatus(400);
                model.addAttribute("error", "dataSet: unknown data set '" + dataSet + "'");
            }
            return "data/entry-completeness";
        }
        model.addAttribute("recentPeriods",
                DataEntryPeriods.recent(set.periodType(), LocalDate.now(ZoneOffset.UTC), DataEntryController.RECENT_PERIODS));
        Period p;
        try {
            p = period == null || period.isBlank()
                    ? Period.containing(set.periodType(), LocalDate.now(ZoneOffset.UTC)) : Period.parse(period);
            if (p.type() != set.periodType()) {
                throw new IllegalArgumentException("data set " + set.code() + " is entered by "
                        + set.periodType().name().toLowerCase().replace('_', ' ') + " period: '" + period + "' does not fit");
            }
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("error", "period: " + e.getMessage());
            return "data/entry-completeness";
        }
        List<CompletenessRow> rows = completeness.report(set, p);
        model.addAttribute("set", set);
        model.addAttribute("period", p);
        model.addAttribute("selectedPeriod", p.iso());
        model.addAttribute("rows", rows);
        model.addAttribute("completeCount", rows.stream().filter(CompletenessRow::complete).count());
        return "data/entry-completeness";
    }
}
