package org.haven.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page (ADMIN only): filters, newest first, paged, with a before/after view per row. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 25;

    /** One audit row with its snapshots lined up field by field. */
    record Row(AuditEvent event, String when, List<AuditDiff.Line> lines) {

        public long changedCount() {
            return lines.stream().filter(AuditDiff.Line::changed).count();
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final AuditDiff diff;

    AuditController(AuditLog audit, AuditDiff diff) {
        this.audit = audit;
        this.diff = diff;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
        AuditFilter filter = new AuditFilter(type, id, actor, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("types", audit.entityTypes());
        try {
            AuditQueryParams.check(from, to, page, PAGE_SIZE);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
            model.addAttribute("result", new PageResult<Row>(List.of(), 1, PAGE_SIZE, 0));
            return "audit/list";
        }
        PageResult<AuditEvent> events = audit.find(filter, page, PAGE_SIZE);
        List<Row> rows = events.items().stream()
                .map(e -> new Row(e, WHEN.format(e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)), diff.lines(e.beforeJson(), e.afterJson())))
                .toList();
        model.addAttribute("errors", Map.of());
        model.addAttribute("result", new PageResult<>(rows, events.page(), events.size(), events.total()));
        return "audit/list";
    }
}
