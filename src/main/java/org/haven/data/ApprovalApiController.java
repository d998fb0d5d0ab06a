package org.haven.data;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Approval API: state, submit, approve and unlock a data set's values for an org unit and period. */
@RestController
@RequestMapping("/api/v1/approvals/{dataSet}/{orgUnit}/{period}")
@Tag(name = "Data values")
class ApprovalApiController {

    record StateJson(String dataSet, String orgUnit, String period, ApprovalState state) {
    }

    record UnlockJson(String reason) {
    }

    private final ApprovalService approvals;

    ApprovalApiController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    @Operation(summary = "Approval state (OPEN, SUBMITTED, APPROVED)")
    StateJson state(@PathVariable String dataSet, @PathVariable String orgUnit, @PathVariable String period) {
        ApprovalState state = approvals.state(dataSet, orgUnit, period);
        return new StateJson(dataSet, orgUnit, Period.parse(period).iso(), state);
    }

    @PostMapping("/submit")
    @Operation(summary = "Submit the values as complete (anyone who manages the org unit)")
    StateJson submit(@PathVariable String dataSet, @PathVariable String orgUnit, @PathVariable String period) {
        ApprovalState state = approvals.submit(dataSet, orgUnit, period);
        return new StateJson(dataSet, orgUnit, Period.parse(period).iso(), state);
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve the values (ADMIN, MEL_OFFICER); approved values refuse changes until unlocked")
    StateJson approve(@PathVariable String dataSet, @PathVariable String orgUnit, @PathVariable String period) {
        ApprovalState state = approvals.approve(dataSet, orgUnit, period);
        return new StateJson(dataSet, orgUnit, Period.parse(period).iso(), state);
    }

    @PostMapping("/unlock")
    @Operation(summary = "Reopen submitted or approved values (ADMIN, MEL_OFFICER); body {\"reason\": \"...\"}")
    StateJson unlock(@PathVariable String dataSet, @PathVariable String orgUnit, @PathVariable String period,
            @RequestBody(required = false) UnlockJson body) {
        ApprovalState state = approvals.unlock(dataSet, orgUnit, period, body == null ? null : body.reason());
        return new StateJson(dataSet, orgUnit, Period.parse(period).iso(), state);
    }
}
