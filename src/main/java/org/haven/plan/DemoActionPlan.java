package org.haven.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.haven.demo.DemoDataStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on ({@code haven.demo.enabled=true}) and an empty Action Plan, loads a small, clearly labelled demo
 * Action Plan: codes DEMO-01.., titles starting "[DEMO] ", demo=true. Spread across the framework on purpose with
 * gaps (no advocacy for children on the move, no normative work in cyberspace or contexts of insecurity) so the
 * coverage matrix shows both. Inserted through the service as 'system', so every row has its audit trail.
 */
@Component
@Order(30)
class DemoActionPlan implements ApplicationRunner {

    private final ActivityService service;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoActionPlan(ActivityService service, DemoDataStatus demo, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.demo = demo;
        this.enabled = enabled;
    }

    private record Demo(String title, String lead, List<String> partners, List<String> nodes, List<String> areas,
            String start, String end, ActivityStatus status, String amount, String currency, Integer gender,
            ChildParticipation participation, String note, List<Report> reports) {
    }

    private record Report(String date, String narrative, ActivityStatus status, int percent) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled) || !service.isEmpty()) {
            return;
        }
        List<Demo> demos = demos();
        for (int i = 0; i < demos.size(); i++) {
            Demo d = demos.get(i);
            Activity a = service.createAsSystem(new ActivityInput(String.format("DEMO-%02d", i + 1), "[DEMO] " + d.title(),
                    "Demonstration activity shipped with Haven to show how the Action Plan works. Not a real activity.",
                    d.lead(), d.partners(), d.nodes(), d.areas(), LocalDate.parse(d.start()), LocalDate.parse(d.end()),
                    d.status().name(), d.amount() == null ? null : new BigDecimal(d.amount()), d.currency(),
                    d.gender(), d.participation().name(), d.note(), null, true, null));
            for (Report r : d.reports()) {
                service.addProgressAsSystem(a.id(), new ProgressInput(LocalDate.parse(r.date()),
                        "[DEMO] " + r.narrative(), r.status().name(), r.percent()));
            }
        }
    }

    /** Codes of demo partners ({@code partner.DemoPartners}, loaded before the plan) taking part in a demo activity. */
    private static List<String> p(String... codes) {
        return List.of(codes);
    }

    private static Report r(String date, String narrative, ActivityStatus status, int percent) {
        return new Report(date, narrative, status, percent);
    }

    private static List<Demo> demos() {
        ActivityStatus planned = ActivityStatus.PLANNED;
        ActivityStatus ongoing = ActivityStatus.ONGOING;
        ActivityStatus done = ActivityStatus.COMPLETED;
        ActivityStatus delayed = ActivityStatus.DELAYED;
        ChildParticipation none = ChildParticipation.NONE;
        ChildParticipation consult = ChildParticipation.CONSULTATIVE;
        ChildParticipation collab = ChildParticipation.COLLABORATIVE;
        ChildParticipation led = ChildParticipation.CHILD_LED;
        return List.of(
                new Demo("National survey on violence against children", "UNODC-U1", p("DEMO-NSO", "DEMO-NGO"),
                        List.of("SO1", "OO1", "RES", "TA-A", "SOC", "KCI-1", "SDG-16.2"), List.of("KEN"),
                        "2024-01-15", "2025-12-31", ongoing, "450000", "USD", 2, consult,
                        "Children reviewed the questionnaire in two focus groups.",
                        List.of(r("2024-06-30", "Questionnaire drafted and piloted.", ongoing, 30),
                                r("2025-03-31", "Fieldwork completed in 40 counties.", ongoing, 65))),
                new Demo("Awareness campaign on online child sexual exploitation", "UNODC-U5", p("DEMO-TELECOM"),
                        List.of("SO1", "OO1", "AWR", "CYB", "CYB-1", "REL", "SDG-16.2"), List.of("PHL", "035"),
                        "2024-03-01", "2025-06-30", done, "120000", "USD", 1, collab,
                        "A youth panel co-designed the campaign messages.",
                        List.of(r("2024-09-30", "Campaign launched on three platforms.", ongoing, 50),
                                r("2025-06-30", "Campaign closed; reach report published.", done, 100))),
                new Demo("Advocacy for ending immigration detention of children", "OSRSG-VAC", p(),
                        List.of("SO3", "OO4", "ADV", "JUS", "JUS-1", "SOC", "SDG-16.3"), List.of("002"),
                        "2024-05-01", "2026-04-30", ongoing, null, null, 1, none, null,
                        List.of(r("2025-01-31", "Regional ministerial dialogue held.", ongoing, 40))),
                new Demo("Model legislation on child-sensitive justice", "UNODC", p("DEMO-NGO"),
                        List.of("SO3", "OO4", "NRM", "TA-B", "JUS", "JUS-4", "SOC", "SDG-16.3"), List.of("MAR", "TUN"),
                        "2024-02-01", "2025-09-30", delayed, "300000", "EUR", 2, consult,
                        "Children in contact with justice systems were consulted on the draft.",
                        List.of(r("2024-08-31", "Legal review completed.", ongoing, 35),
                                r("2025-04-30", "Parliamentary calendar postponed the hearing.", delayed, 45))),
                new Demo("Training of judges and prosecutors", "UNODC", p("DEMO-JTI"),
                        List.of("SO3", "OO3", "TA", "TA-C", "JUS", "JUS-5", "COM"), List.of("COL", "BRA"),
                        "2024-04-01", "2025-03-31", done, "210000", "USD", 1, none, null,
                        List.of(r("2024-10-31", "Six workshops held, 180 professionals trained.", ongoing, 60),
                                r("2025-03-31", "Training completed and evaluated.", done, 100))),
                new Demo("Prevention of child recruitment by armed groups", "UNODC-U2", p("DEMO-NGO", "DEMO-LEADERS"),
                        List.of("SO1", "OO2", "TA", "TA-C", "INS", "INS-1", "COM", "SDG-16.1"), List.of("COL"),
                        "2024-06-01", "2026-05-31", ongoing, "520000", "USD", 2, collab,
                        "Adolescents run peer sessions with the community teams.",
                        List.of(r("2024-12-31", "Community teams set up in 12 municipalities.", ongoing, 25),
                                r("2025-06-30", "Peer sessions started.", ongoing, 45),
                                r("2025-12-31", "Mid-term review done.", ongoing, 60))),
                new Demo("Reintegration of children formerly associated with armed groups", "UNODC-U2", p(),
                        List.of("SO2", "OO3", "TA", "TA-D", "INS", "INS-2", "REL", "SDG-16.2"), List.of("UKR"),
                        "2025-01-01", "2026-12-31", planned, "250000", "EUR", 3, consult,
                        "Children's views shape the individual reintegration plans.",
                        List.of(r("2025-02-28", "Partners selected; start planned.", planned, 5))),
                new Demo("Research on violence against children on the move", "UNODC-U4", p("DEMO-MIGRES"),
                        List.of("SO2", "OO1", "RES", "MOV", "MOV-1", "IND", "SDG-16.2"), List.of("142", "IND"),
                        "2024-09-01", "2025-08-31", done, "90000", "USD", 2, led,
                        "Young migrants designed and carried out part of the interviews.",
                        List.of(r("2025-01-31", "Interviews completed.", ongoing, 70),
                                r("2025-08-31", "Report published.", done, 100))),
                new Demo("Protection network for unaccompanied children", "UNODC-U4", p(),
                        List.of("SO2", "OO3", "TA", "TA-C", "MOV", "MOV-2", "COM", "SDG-16.2"), List.of("MAR", "015"),
                        "2024-07-01", "2026-06-30", ongoing, "400000", "EUR", 2, none, null,
                        List.of(r("2025-05-31", "Referral protocol agreed with three ministries.", ongoing, 40))),
                new Demo("Public-private partnership against online abuse", "UNODC-U5", p("DEMO-TECH"),
                        List.of("SO1", "OO3", "TA", "TA-B", "CYB", "CYB-2", "SOC", "SDG-16.2"), List.of("BRA", "IND"),
                        "2025-02-01", "2026-01-31", ongoing, "175000", "USD", 1, none, null,
                        List.of(r("2025-07-31", "Partnership charter signed.", ongoing, 35))),
                new Demo("Child participation in national action plan reviews", "OSRSG-VAC", p("DEMO-CHILDREN"),
                        List.of("SO1", "OO2", "ADV", "CYB", "CYB-4", "IND", "PART", "SDG-16.2"), List.of("001"),
                        "2024-11-01", "2025-10-31", done, null, null, 2, led,
                        "Children's councils chose the topics and presented their findings.",
                        List.of(r("2025-10-31", "Children's findings presented at the global forum.", done, 100))),
                new Demo("Gender-responsive services for girls in detention", "UNODC-U3", p(),
                        List.of("SO3", "OO3", "NRM", "JUS", "JUS-4", "REL", "GEND", "SDG-5.2"), List.of("TUN"),
                        "2025-03-01", "2026-02-28", delayed, "60000", "USD", 3, consult,
                        "Girls in two centres were consulted on the standards.",
                        List.of(r("2025-06-30", "Assessment visits postponed.", delayed, 10),
                                r("2025-09-30", "Visits rescheduled.", delayed, 15))),
                new Demo("Data system for child victims of trafficking", "UNODC-U4", p("DEMO-NGO"),
                        List.of("SO2", "OO4", "TA", "TA-A", "JUS", "JUS-2", "SOC", "SDG-16.2"), List.of("PHL"),
                        "2025-04-01", "2026-12-31", planned, "330000", "USD", 0, none, null,
                        List.of(r("2025-04-30", "Needs assessment planned.", planned, 0))),
                new Demo("Community dialogues on harmful practices", "UNODC", p("DEMO-LEADERS"),
                        List.of("SO1", "OO2", "AWR", "MOV", "MOV-4", "COM", "SDG-5.3"), List.of("014"),
                        "2024-08-01", "2025-07-31", ongoing, "80000", "EUR", 2, collab,
                        "Adolescent girls co-facilitate the dialogues.",
                        List.of(r("2024-12-31", "First dialogues held in 20 communities.", ongoing, 40),
                                r("2025-05-31", "Second round held.", ongoing, 70))));
    }
}
