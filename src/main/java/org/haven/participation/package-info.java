/**
 * The child participation ledger: engagements of children (date, linked Action Plan activity, country, purpose,
 * modality, counts by sex and age band, whether children with disabilities or on the move took part, the
 * safeguarding checklist, what children said, how their views were used, and whether the loop was closed). Counts
 * only: no child's name or identity is ever stored. After every change of an engagement (and of an activity) the
 * ledger recomputes its derived data elements (PART_*) through {@link org.haven.data.DerivedValues} in the same
 * transaction. Pages under /participation, JSON under /api/v1/participation.
 */
package org.haven.participation;
