package org.haven.exchange.iati;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.haven.partner.PartnerRef;
import org.haven.plan.ActivityStatus;

/**
 * The mappings between Haven's codes and IATI 2.03 codelists, in one place (documented in the README, "IATI").
 */
final class IatiCodes {

    private IatiCodes() {
    }

    /** Haven status to IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled. */
    static String activityStatus(ActivityStatus status) {
        return switch (status) {
            case PLANNED -> "1";
            case ONGOING, DELAYED -> "2";
            case COMPLETED -> "4";
            case CANCELLED -> "5";
        };
    }

    /** IATI ActivityStatus to Haven (3 finalisation and 4 closed are completed, 6 suspended is delayed). */
    static Optional<ActivityStatus> havenStatus(String iatiCode) {
        return Optional.ofNullable(switch (iatiCode == null ? "" : iatiCode.trim()) {
            case "1" -> ActivityStatus.PLANNED;
            case "2" -> ActivityStatus.ONGOING;
            case "3", "4" -> ActivityStatus.COMPLETED;
            case "5" -> ActivityStatus.CANCELLED;
            case "6" -> ActivityStatus.DELAYED;
            default -> null;
        });
    }

    /** IATI OrganisationRole: FUNDING 1, ACCOUNTABLE 2, EXTENDING 3, IMPLEMENTING 4. */
    static String role(String havenRole) {
        return switch (havenRole == null ? "" : havenRole) {
            case "FUNDING" -> "1";
            case "ACCOUNTABLE" -> "2";
            case "EXTENDING" -> "3";
            default -> "4";
        };
    }

    /**
     * IATI OrganisationType of a partner: Member State 10 government, UN entity and IFI 40 multilateral, NGO and
     * children's organisation 21 international NGO (22 national NGO when based in a country), academia 80, private
     * sector 70.
     */
    static String organisationType(PartnerRef partner) {
        return switch (partner.type()) {
            case MEMBER_STATE -> "10";
            case UN_ENTITY, IFI -> "40";
            case NGO, CHILDREN_ORGANISATION -> partner.countryCode() == null ? "21" : "22";
            case ACADEMIA -> "80";
            case PRIVATE_SECTOR -> "70";
        };
    }

    /**
     * Haven gender marker (0 no contribution, 1 limited, 2 significant objective, 3 principal objective) to the
     * IATI PolicySignificance of policy marker 1 (gender equality): 0 not targeted, 1 significant, 2 principal.
     * A limited contribution is not an objective, so 1 maps to 0.
     */
    static String genderSignificance(int marker) {
        return switch (marker) {
            case 2 -> "1";
            case 3 -> "2";
            default -> "0";
        };
    }

    /**
     * DAC 5-digit purpose codes (sector vocabulary 1) for framework nodes; a node without an entry takes its
     * parent's. An activity linked to none of them gets 15160 Human rights (child rights).
     */
    static final Map<String, String> SECTORS;

    static final String DEFAULT_SECTOR = "15160";

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SO3", "15130");   // Legal and judicial development (justice for children)
        m.put("JUS", "15130");
        m.put("TA-B", "15130");
        m.put("OO4", "15130");
        m.put("NRM", "15130");
        m.put("SO2", "16010");   // Social protection (support for recovery and reintegration)
        m.put("RES", "16062");   // Statistical capacity building
        m.put("TA-A", "16062");
        m.put("PART", "15150");  // Democratic participation and civil society
        m.put("TA-D", "15150");
        m.put("OO2", "15150");
        m.put("MOV", "15190");   // Facilitation of orderly, safe, regular and responsible migration and mobility
        m.put("INS", "15220");   // Civilian peace-building, conflict prevention and resolution
        m.put("GEND", "15180");  // Ending violence against women and girls
        m.put("SO1", "15160");   // Human rights (prevention of violence against children)
        m.put("OO1", "15160");
        m.put("OO3", "15160");
        m.put("AWR", "15160");
        m.put("ADV", "15160");
        m.put("TA-C", "15160");
        m.put("CYB", "15160");
        SECTORS = Map.copyOf(m);
    }

    static String sectorName(String code) {
        return switch (code) {
            case "15130" -> "Legal and judicial development";
            case "15150" -> "Democratic participation and civil society";
            case "15160" -> "Human rights";
            case "15180" -> "Ending violence against women and girls";
            case "15190" -> "Facilitation of orderly, safe, regular and responsible migration and mobility";
            case "15220" -> "Civilian peace-building, conflict prevention and resolution";
            case "16010" -> "Social protection";
            case "16062" -> "Statistical capacity building";
            default -> code;
        };
    }

    /**
     * IATI IndicatorMeasure: 2 percentage for PERCENTAGE, else 1 unit (milestone stages and yes/no are numbers in
     * Haven: a stage index, 0 or 1).
     */
    static String measure(String indicatorType) {
        return "PERCENTAGE".equals(indicatorType) ? "2" : "1";
    }
}
