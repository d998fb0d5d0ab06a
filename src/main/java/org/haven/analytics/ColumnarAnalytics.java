package org.haven.analytics;

import java.util.ArrayList;
import java.util.List;

import org.haven.core.InvalidInputException;
import org.haven.indicator.Formulas;
import org.haven.indicator.RegistrySnapshot.ElementProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link Analytics} over the in-memory columnar store ({@link ValueStore}): plan ({@link QueryPlanner}), scan and
 * aggregate ({@link RefScan}, {@link IndicatorCells}), lay out ({@link Assembler}); public-view results always go
 * through {@link SmallCellSuppression}, and without one the query fails rather than publishing unsuppressed cells.
 */
@Component
class ColumnarAnalytics implements Analytics {

    private final QueryPlanner planner;
    private final ValueStore store;
    private final ThresholdService thresholds;
    private final ObjectProvider<SmallCellSuppression> suppression;

    ColumnarAnalytics(QueryPlanner planner, ValueStore store, ThresholdService thresholds,
            ObjectProvider<SmallCellSuppression> suppression) {
        this.planner = planner;
        this.store = store;
        this.thresholds = thresholds;
        this.suppression = suppression;
    }

    @Override
    public AnalyticsResult query(AnalyticsQuery query) {
        SmallCellSuppression suppressor = null;
        if (query.publicView()) {
            suppressor = suppression.getIfAvailable();
            if (suppressor == null) {
                throw new IllegalStateException("No small-cell suppression is configured: public analytics refused");
            }
        }
        QueryPlan plan = planner.plan(query, QueryPlan.Overrides.NONE);
        AnalyticsResult result = new Assembler(plan, store, this::thresholds).run();
        if (suppressor != null) {
            Registry registry = plan.registry();
            result = suppressor.apply(result, code -> isCount(code, registry));
        }
        return result;
    }

    @Override
    public List<StageCount> milestoneCounts(String indicator, List<String> ou, String period, boolean publicView) {
        QueryPlan plan = planner.plan(AnalyticsQuery.of(List.of(indicator), ou, List.of(period)).approvedOnly(publicView),
                new QueryPlan.Overrides("NONE", "LAST"));
        if (plan.dx().isEmpty() || !plan.dx().get(0).isIndicator()) {
            throw InvalidInputException.of("dx", "'" + indicator + "' is not an indicator");
        }
        Registry.IndicatorDef def = plan.dx().get(0).indicator();
        List<String> stages = stages(def, plan.registry());
        long[] counts = new long[stages.size()];
        for (AnalyticsRow row : new Assembler(plan, store, this::thresholds).run().rows()) {
            if (row.value() != null) {
                long stage = Math.round(row.value());
                if (stage >= 0 && stage < counts.length) {
                    counts[(int) stage]++;
                }
            }
        }
        List<StageCount> out = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            out.add(new StageCount(i, stages.get(i), counts[i]));
        }
        return out;
    }

    @Override
    public StatusThresholds thresholds(String indicator) {
        return thresholds.thresholds(indicator);
    }

    private static List<String> stages(Registry.IndicatorDef def, Registry registry) {
        if (!def.profile().milestoneStages().isEmpty()) {
            return def.profile().milestoneStages();
        }
        if (def.numerator() != null) {
            for (Formulas.Reference r : def.numerator().references()) {
                List<String> s = registry.element(r.element()).map(ElementProfile::milestoneStages).orElse(List.of());
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether a dx code's values (or numerators) count people or cases, for suppression: COUNT indicators and
     * percentages, rates and ratios whose numerator elements are all integer counts; integer data elements.
     */
    static boolean isCount(String code, Registry registry) {
        var indicator = registry.indicator(code);
        if (indicator.isPresent()) {
            Registry.IndicatorDef def = indicator.get();
            String type = def.profile().type();
            if (!List.of("COUNT", "PERCENTAGE", "RATE", "RATIO").contains(type) || def.numerator() == null) {
                return false;
            }
            List<Formulas.Reference> refs = def.numerator().references();
            return !refs.isEmpty() && refs.stream().allMatch(r -> registry.element(r.element())
                    .map(e -> "INTEGER".equals(e.valueType())).orElse(false));
        }
        return registry.element(code).map(e -> "INTEGER".equals(e.valueType())).orElse(false);
    }
}
