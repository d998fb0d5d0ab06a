/**
 * Reference data shipped with the product: org units (World, UN M49 regions and sub-regions, every country and
 * area with ISO 3166-1 alpha-3 and M49 codes, room for subnational units) and ISO 4217 currencies.
 * Other features look codes up through {@link org.haven.reference.OrgUnitDirectory} and
 * {@link org.haven.reference.CurrencyDirectory}.
 */
package org.haven.reference;
