/**
 * The communication register: products and events (reports, briefs, campaigns, social media, events, media pieces,
 * child-friendly versions) with their audiences (the Strategy's list, category AUDIENCE), channel, language, date,
 * status, linked objectives and contexts, optional Action Plan activity, and reach by audience and sex. A month
 * calendar of the communication plan with a list alternative. After every change the register recomputes the derived
 * data element COMMS_REACHED (indicator COMM-01, feeding KCI-1) through {@link org.haven.data.DerivedValues} in the
 * same transaction. Pages under /communications, JSON under /api/v1/communications.
 */
package org.haven.comms;
