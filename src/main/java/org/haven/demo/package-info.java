/**
 * Demo data as a whole: whether the workspace holds any (the banner on every page), the administrators' page
 * {@code /admin/demo} that lists every {@link org.haven.core.DemoDataOwner} with its count and removes all demo data
 * in one audited transaction, and {@link org.haven.demo.DemoDataStatus}, which seeders ask before loading demo data
 * so that removed demo data never comes back on the next start.
 */
package org.haven.demo;
