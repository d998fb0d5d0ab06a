package org.haven.exchange.iati;

/** IATI activity files of an imagined other publisher, for the import tests. */
final class IatiSamples {

    private IatiSamples() {
    }

    /**
     * Two activities of publisher {@code ref}: the first with elements Haven skips (transactions, a result, a
     * location, a sector and a region in vocabularies it does not keep, a budget in a second currency).
     */
    static String otherPublisher(String ref, String suffix, String firstTitle) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">
                  <iati-activity xml:lang="en" default-currency="EUR" last-updated-datetime="2026-01-01T00:00:00Z">
                    <iati-identifier>%1$s-A-%2$s</iati-identifier>
                    <reporting-org ref="%1$s" type="21"><narrative>Other publisher</narrative></reporting-org>
                    <title><narrative>%3$s</narrative><narrative xml:lang="fr">Titre</narrative></title>
                    <description type="1"><narrative>Child helplines in East Africa.</narrative></description>
                    <participating-org role="4" type="22"><narrative>Local partner</narrative></participating-org>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2024-01-01"/>
                    <activity-date type="2" iso-date="2024-02-01"/>
                    <activity-date type="3" iso-date="2026-12-31"/>
                    <recipient-country code="KE" percentage="60"/>
                    <recipient-country code="ug" percentage="40"/>
                    <recipient-region code="298" vocabulary="1" percentage="100"/>
                    <location><name><narrative>Nairobi</narrative></name></location>
                    <sector vocabulary="1" code="15160" percentage="80"/>
                    <sector vocabulary="2" code="151" percentage="20"/>
                    <sector vocabulary="99" code="LOCAL-7"/>
                    <policy-marker vocabulary="1" code="1" significance="2"/>
                    <budget type="1" status="1">
                      <period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
                      <value value-date="2024-01-01">100000</value>
                    </budget>
                    <budget type="1" status="1">
                      <period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
                      <value value-date="2025-01-01">150000</value>
                    </budget>
                    <budget type="2" status="1">
                      <period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
                      <value value-date="2025-06-01">120000.50</value>
                    </budget>
                    <budget type="1" status="1">
                      <period-start iso-date="2026-01-01"/><period-end iso-date="2026-12-31"/>
                      <value currency="USD" value-date="2026-01-01">5000</value>
                    </budget>
                    <transaction>
                      <transaction-type code="2"/><transaction-date iso-date="2024-03-01"/>
                      <value value-date="2024-03-01">1000</value>
                    </transaction>
                    <transaction>
                      <transaction-type code="3"/><transaction-date iso-date="2024-04-01"/>
                      <value value-date="2024-04-01">500</value>
                    </transaction>
                    <result type="1"><title><narrative>Helpline calls</narrative></title>
                      <indicator measure="1"><title><narrative>Calls answered</narrative></title></indicator>
                    </result>
                  </iati-activity>
                  <iati-activity>
                    <iati-identifier>%1$s-B-%2$s</iati-identifier>
                    <reporting-org ref="%1$s" type="21"><narrative>Other publisher</narrative></reporting-org>
                    <title><narrative>Regional study</narrative></title>
                    <activity-status code="1"/>
                    <activity-date type="1" iso-date="2027-01-01"/>
                    <recipient-region code="002" vocabulary="2"/>
                  </iati-activity>
                </iati-activities>
                """.formatted(ref, suffix, firstTitle);
    }
}
