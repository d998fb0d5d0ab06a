package org.haven.data;

/** How long a period lasts. FINANCIAL_JULY is a July-June financial year named by its first year ("2025July"). */
public enum PeriodType {
    MONTHLY, QUARTERLY, YEARLY, FINANCIAL_JULY
}
