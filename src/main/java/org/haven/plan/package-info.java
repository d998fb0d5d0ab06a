/**
 * The Action Plan: activities with their links to framework nodes and org units, budgets, gender marker and child
 * participation; dated progress updates; the filtered list with CSV and Excel export; the coverage matrix
 * (pillars x priority contexts, strategic objectives x ecological levels) and the framework nodes no activity covers;
 * the demo Action Plan. Adds activities to framework node pages through a NodeLinkContributor.
 */
package org.haven.plan;
