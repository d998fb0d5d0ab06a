package org.haven.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.core.InvalidInputException;
import org.haven.framework.FrameworkNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coverage matrices as JSON. */
@RestController
@RequestMapping("/api/v1/coverage")
@Tag(name = "Coverage", description = "Where Action Plan activities cover the framework, and where they leave gaps")
class CoverageApiController {

    private final CoverageService coverage;

    CoverageApiController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping
    @Operation(summary = "One coverage matrix",
            description = "Counts the activities linked to both the row node and the column node of every cell. "
                    + "Cancelled activities are left out unless includeCancelled=true.")
    CoverageResponse matrix(
            @Parameter(description = "pillar-context (pillars x priority contexts) or objective-level "
                    + "(strategic objectives x ecological levels)", example = "pillar-context")
            @RequestParam(required = false) String matrix,
            @Parameter(description = "Count cancelled activities too")
            @RequestParam(defaultValue = "false") boolean includeCancelled,
            @Parameter(description = "true: only demo activities; false: no demo activities; absent: all")
            @RequestParam(required = false) Boolean demo,
            @Parameter(description = "Country (ISO 3166-1 alpha-3) or region (M49) code: only activities there",
                    example = "KEN")
            @RequestParam(required = false) String area) {
        CoverageAxes axes = CoverageAxes.byId(matrix == null ? "" : matrix.trim())
                .orElseThrow(() -> InvalidInputException.of("matrix", "matrix must be one of: "
                        + Arrays.stream(CoverageAxes.values()).map(CoverageAxes::id).collect(Collectors.joining(", "))));
        CoverageMatrix m = coverage.matrix(axes, coverage.filter(includeCancelled, demo, area));
        List<Gap> gaps = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.count(r, c) == 0) {
                    gaps.add(new Gap(m.rows().get(r).code(), m.columns().get(c).code()));
                }
            }
        }
        return new CoverageResponse(axes.id(), codes(m.rows()), codes(m.columns()), m.cells(), m.rowTotals(),
                m.columnTotals(), m.total(), gaps);
    }

    private static List<String> codes(List<FrameworkNode> nodes) {
        return nodes.stream().map(FrameworkNode::code).toList();
    }

    @Schema(description = "A coverage matrix: cells[r][c] counts activities linked to rows[r] and columns[c]")
    record CoverageResponse(
            @Schema(example = "pillar-context") String matrix,
            @Schema(description = "Row node codes, in framework order") List<String> rows,
            @Schema(description = "Column node codes, in framework order") List<String> columns,
            @Schema(description = "Activity counts, one list per row") List<List<Integer>> cells,
            @Schema(description = "Distinct activities per row") List<Integer> rowTotals,
            @Schema(description = "Distinct activities per column") List<Integer> columnTotals,
            @Schema(description = "Distinct activities in the whole matrix") int total,
            @Schema(description = "The empty cells: pairs of nodes no activity links to together") List<Gap> gaps) {
    }

    @Schema(description = "An empty cell of the matrix")
    record Gap(@Schema(example = "AWR") String row, @Schema(example = "MOV") String column) {
    }
}
