/**
 * Learning: evaluations (scope, dates, evaluator, report link, linked activities and framework nodes), their
 * recommendations with the management response, owner, due date and follow-up status (overdue ones flagged), and
 * lessons learned linked to activities and framework nodes and tagged by priority context. A learning page per
 * framework node gathers the lessons and evaluations of the node and its descendants; the node's framework page links
 * to it through a {@link org.haven.framework.NodeLinkContributor}. Activities are read from the Action Plan's tables
 * by id (the plan offers no Java lookup), so this module depends on plan only through the database.
 */
package org.haven.learning;
