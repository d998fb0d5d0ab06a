/**
 * Real public data: values the UN SDG Global Database publishes for the SDG series on violence against children,
 * read from its Gapminder DDF extract or the UN SDG API CSV layout. Each series becomes a data element (aggregation
 * NONE across org units: published regional and world values are kept as published) and an indicator linked like the
 * library's SDG indicator; values keep their nature and origin. The product's own copy of the 2020 extract
 * ({@code seed/sdg}) is loaded on the first start; users import newer downloads from {@code /data/sdg-import} or
 * {@code POST /api/v1/sdg/import} (dry run first, then one transaction).
 */
package org.haven.sdg;
