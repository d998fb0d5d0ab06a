/**
 * Resource mobilization: donors (partners with a donor type), pledges, agreements with their earmarking, receipts
 * in instalments and expenditure, in many currencies with a dated exchange-rate table and one reporting currency;
 * the funding gap and the pipeline. Other features read it through {@link org.haven.funding.FundingFacts}.
 */
package org.haven.funding;
