/**
 * The Strategy's results framework: vision, strategic and operational objectives, pillars and technical-assistance
 * services, priority contexts and their aims, ecological levels, benchmarks, key change indicators, SDGs and
 * implementers. A living document: every change is kept, and the framework as it was on any date can be viewed and
 * compared with today's. Other features read it through {@link org.haven.framework.FrameworkCatalog} and add
 * their items to node pages through {@link org.haven.framework.NodeLinkContributor}.
 */
package org.haven.framework;
