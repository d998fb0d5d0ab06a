/**
 * Exchange with the field's standards: SDMX (sub-package {@code sdmx}), DHIS2 data value sets and ADX
 * ({@code dhis2}) and IATI activity files ({@code iati}). Every XML read goes through
 * {@link org.haven.core.SafeXml}; every XML written is validated against the official schema shipped under
 * {@code standards/}.
 */
package org.haven.exchange;
