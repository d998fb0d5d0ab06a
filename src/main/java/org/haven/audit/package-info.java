/**
 * The audit trail: every create, update and delete of framework nodes, activities and users, with who, when and the
 * before/after values. Features call {@link org.haven.audit.AuditLog} inside their own transaction, so a change and
 * its audit row are stored together or not at all.
 */
package org.haven.audit;
