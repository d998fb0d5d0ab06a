/**
 * SDMX exchange: Haven's indicator data as SDMX following the SDG data structure (dimensions FREQ, SERIES, REF_AREA
 * as UN M49, SEX, AGE and TIME_PERIOD; UNIT_MEASURE and NATURE as observation attributes). Publishes SDMX-CSV 2.0 and
 * SDMX-ML 3.0 structure-specific data and structure messages through an SDMX REST style API under {@code /sdmx}
 * (public: approved values only, small cells suppressed like the public dashboards), and imports SDMX-CSV back into
 * Haven's data values (staff, dry run first, all or nothing). Every XML written validates against the official
 * SDMX-ML 3.0 schemas shipped under {@code standards/sdmx-3.0}; codes come from {@code standards/sdmx-sdg}.
 */
package org.haven.exchange.sdmx;
