package org.haven.indicator;

import java.util.List;
import java.util.Optional;

/**
 * Baselines and targets for other features (analytics, dashboards, data entry show them beside values).
 * Codes are case-sensitive; {@code combo} is {@code "CATEGORY:OPTION;..."} in any category order (it is
 * canonicalised) or null/blank for the total. Read-only: changes go through the indicator pages and API.
 */
public interface TargetCatalog {

    /** The single baseline of the indicator for the org unit and combination, if one was set. */
    Optional<IndicatorTarget> baseline(String indicator, String orgUnit, String combo);

    /**
     * The target set for exactly this year. A year without its own row has no target: targets are NOT
     * interpolated between years or from the baseline, and the 2030 target is not used for earlier years.
     */
    Optional<IndicatorTarget> target(String indicator, String orgUnit, int year, String combo);

    /**
     * Every baseline and target of the indicator for the org unit (null or blank: all org units), ordered by org
     * unit, combination, kind (baseline first) and year. Only the org unit itself: no roll-up from units below it.
     */
    List<IndicatorTarget> forIndicator(String indicator, String orgUnit);
}
