/**
 * Country data: values per data element x org unit x period x category option combination (optionally per
 * partner) with comment, follow-up flag and a history of every change; data sets (groups of elements with a period
 * type and an entry window); approval (submit, approve, unlock with a reason) that locks approved values; the JSON
 * and CSV API and the values and approvals pages. Other features write through {@link org.haven.data.DataValueService}
 * and listen for {@link org.haven.data.DataValuesChanged}.
 */
package org.haven.data;
