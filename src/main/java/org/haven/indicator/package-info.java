/**
 * The indicator registry: reusable disaggregation categories (sex, age bands with bounds, role in justice,
 * profession, ICCS offence category, audience, form of exploitation) and their options; data elements, the counts
 * and facts that are collected, each disaggregated by the cross product of its categories' options; and
 * indicators, defined as numerator and denominator formulas over data elements ({@code #{CODE}},
 * {@code #{CODE.CATEGORY:OPTION}}) and other indicators ({@code I{CODE}}), linked to framework nodes and to
 * international codes (SDG, UNODC/UNICEF juvenile justice, INSPIRE). The shipped library (Strategy, SDG and
 * juvenile-justice indicators) is loaded on first start from {@code seed/indicators} and the product's reference
 * files in {@code seed/reference}; anything those files mark unverified is flagged. Framework node pages list
 * linked indicators through a {@link org.haven.framework.NodeLinkContributor}. Other features look data elements,
 * their categories and options up through {@link org.haven.indicator.DataElementCatalog}.
 */
package org.haven.indicator;
