/**
 * The partner registry: partners with the Strategy's partner types and donor types, their contacts and partnership
 * agreements, the activities they take part in, and a page per partner to which other features add sections
 * through {@link org.haven.partner.PartnerPageContributor}. Other features read partners through
 * {@link org.haven.partner.PartnerDirectory}.
 */
package org.haven.partner;
