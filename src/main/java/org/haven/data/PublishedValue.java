package org.haven.data;

import java.math.BigDecimal;

/**
 * A value published by another organisation (the UN SDG Global Database...), stored as published: its nature
 * ({@code C} country data, {@code CA} country adjusted, {@code E} estimated, {@code M} modelled, {@code G} global
 * monitoring, {@code N} non-relevant; null when not given), its origin ("UN SDG Global Database, 2020 extract") and an
 * optional note from the publisher (source survey, time detail).
 */
public record PublishedValue(ValueKey key, BigDecimal value, String nature, String origin, String comment) {
}
