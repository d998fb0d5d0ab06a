package org.haven.exchange.iati;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reporting organisation of the IATI export and the import limits, from application properties:
 * {@code haven.iati.reporting-org-ref} (the IATI organisation identifier the activities are published under; it
 * prefixes every iati-identifier), {@code haven.iati.reporting-org-name}, {@code haven.iati.reporting-org-type}
 * (IATI OrganisationType, 40 multilateral), {@code haven.iati.reporting-org-node} (the framework node of the reporting
 * organisation: activities led by it or a unit below it name it as implementing organisation) and
 * {@code haven.iati.max-import-bytes}.
 */
@Component
class IatiSettings {

    private final String reportingOrgRef;
    private final String reportingOrgName;
    private final String reportingOrgType;
    private final String reportingOrgNode;
    private final long maxImportBytes;

    IatiSettings(@Value("${haven.iati.reporting-org-ref:XM-DAC-41147}") String reportingOrgRef,
            @Value("${haven.iati.reporting-org-name:United Nations Office on Drugs and Crime (UNODC)}") String reportingOrgName,
            @Value("${haven.iati.reporting-org-type:40}") String reportingOrgType,
            @Value("${haven.iati.reporting-org-node:UNODC}") String reportingOrgNode,
            @Value("${haven.iati.max-import-bytes:20000000}") long maxImportBytes) {
        this.reportingOrgRef = reportingOrgRef.trim();
        this.reportingOrgName = reportingOrgName.trim();
        this.reportingOrgType = reportingOrgType.trim();
        this.reportingOrgNode = reportingOrgNode.trim();
        this.maxImportBytes = maxImportBytes;
    }

    String reportingOrgRef() {
        return reportingOrgRef;
    }

    String reportingOrgName() {
        return reportingOrgName;
    }

    String reportingOrgType() {
        return reportingOrgType;
    }

    String reportingOrgNode() {
        return reportingOrgNode;
    }

    long maxImportBytes() {
        return maxImportBytes;
    }
}
