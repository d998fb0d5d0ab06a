package org.haven.participation;

import java.util.ArrayList;
import java.util.List;

import org.haven.demo.DemoDataStatus;
import org.haven.participation.EngagementInput.ChildCountInput;
import org.haven.participation.EngagementInput.SafeguardingInput;
import org.haven.plan.ActivityCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on and an empty ledger, records thirteen clearly labelled demo engagements (summaries start with
 * "[DEMO]", demo=true) linked to the demo activities DEMO-01..14, so the ledger and its derived indicators show
 * something on first start. Skipped when the demo activities are not there.
 */
@Component
@Order(50)
class DemoEngagements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);

    private final EngagementService service;
    private final ActivityCatalog activities;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoEngagements(EngagementService service, ActivityCatalog activities, DemoDataStatus demo,
            @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.service = service;
        this.activities = activities;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.seedingAllowed(enabled) || service.count() > 0) {
            return;
        }
        List<EngagementInput> inputs = inputs().stream()
                .filter(in -> activities.findByCode(in.activity()).filter(a -> a.demo()).isPresent()).toList();
        if (!inputs.isEmpty()) {
            service.createAllAsSystem(inputs);
            log.info("Recorded {} demo child participation engagements", inputs.size());
        }
    }


    private static ChildCountInput c(String sex, String age, int n) {
        return new ChildCountInput(sex, age, n);
    }

    private static SafeguardingInput safe(boolean consent, boolean focal, boolean minimised, boolean friendly) {
        return new SafeguardingInput(consent, focal, minimised, friendly);
    }

    private static EngagementInput e(String date, String activity, String country, Purpose purpose, Modality modality,
            List<ChildCountInput> children, Presence disabilities, Presence move, SafeguardingInput safeguarding,
            String said, String used, String feedback) {
        return new EngagementInput(date, activity, country, purpose.name(), modality.name(), children,
                disabilities.name(), move.name(), safeguarding, "[DEMO] " + said, used == null ? null : "[DEMO] " + used,
                feedback != null, feedback, true, null);
    }

    static List<EngagementInput> inputs() {
        Presence yes = Presence.YES;
        Presence no = Presence.NO;
        Presence unknown = Presence.UNKNOWN;
        SafeguardingInput all = safe(true, true, true, true);
        List<EngagementInput> out = new ArrayList<>();
        out.add(e("2024-03-12", "DEMO-01", "KEN", Purpose.CONSULTATION, Modality.IN_PERSON,
                List.of(c("F", "Y10T14", 8), c("M", "Y10T14", 7), c("F", "Y15T17", 6), c("M", "Y15T17", 5)), yes, no, all,
                "Children asked that the survey questions on online harm use the words they use themselves.",
                "Two questions were reworded and a help-line card added to every interview.", "2024-05-02"));
        out.add(e("2025-02-20", "DEMO-01", "KEN", Purpose.MONITORING, Modality.SURVEY,
                List.of(c("F", "Y15T17", 40), c("M", "Y15T17", 35), c("U", "Y15T17", 3)), unknown, no,
                safe(true, true, true, false),
                "Adolescents rated the fieldwork as respectful but too long.", null, null));
        out.add(e("2024-04-18", "DEMO-02", "PHL", Purpose.CO_DESIGN, Modality.ONLINE,
                List.of(c("F", "Y15T17", 9), c("M", "Y15T17", 7)), no, no, all,
                "The youth panel wanted messages about what to do, not only about the dangers.",
                "Every campaign post now ends with where to report and get help.", "2024-07-01"));
        out.add(e("2025-01-22", "DEMO-02", "PHL", Purpose.EVALUATION, Modality.ONLINE,
                List.of(c("F", "Y10T14", 12), c("M", "Y10T14", 10)), no, no, all,
                "Younger children found the short videos clearer than the posters.",
                "The follow-up phase moved its budget to short videos.", "2025-03-15"));
        out.add(e("2024-10-08", "DEMO-04", "MAR", Purpose.CONSULTATION, Modality.IN_PERSON,
                List.of(c("F", "Y15T17", 4), c("M", "Y15T17", 9)), no, yes, all,
                "Children in contact with the justice system asked to be told what happens next at every step.",
                "An information duty was added to the draft law.", null));
        out.add(e("2024-09-05", "DEMO-06", "COL", Purpose.IMPLEMENTATION, Modality.CHILD_LED,
                List.of(c("F", "Y15T17", 14), c("M", "Y15T17", 16), c("F", "Y10T14", 5), c("M", "Y10T14", 6)), no, no, all,
                "Adolescents chose the topics of the peer sessions themselves.",
                "Peer sessions follow the topics children chose.", "2025-01-20"));
        out.add(e("2025-08-14", "DEMO-06", "COL", Purpose.MONITORING, Modality.IN_PERSON,
                List.of(c("F", "Y15T17", 10), c("M", "Y15T17", 12)), no, no, safe(true, false, true, true),
                "Participants said sessions should also reach children out of school.", null, null));
        out.add(e("2025-03-03", "DEMO-07", "UKR", Purpose.CONSULTATION, Modality.IN_PERSON,
                List.of(c("F", "Y10T14", 3), c("M", "Y10T14", 4), c("F", "Y15T17", 2), c("M", "Y15T17", 3)), unknown, yes, all,
                "Children wanted a say in who their case worker is.",
                "Reintegration plans now record the child's choice of case worker.", "2025-04-10"));
        out.add(e("2025-01-15", "DEMO-08", "IND", Purpose.CO_DESIGN, Modality.CHILD_LED,
                List.of(c("F", "Y15T17", 6), c("M", "Y15T17", 5), c("U", "Y15T17", 1)), no, yes, all,
                "Young migrants designed part of the interview guide.",
                "Their questions make up one section of the research.", "2025-06-01"));
        out.add(e("2025-05-20", "DEMO-11", "BRA", Purpose.FEEDBACK, Modality.IN_PERSON,
                List.of(c("F", "Y10T14", 8), c("M", "Y10T14", 8), c("F", "Y15T17", 10), c("M", "Y15T17", 9)), yes, no, all,
                "Children's councils reviewed how their earlier findings were taken up.",
                "Their comments were presented at the global forum.", "2025-10-31"));
        out.add(e("2025-07-09", "DEMO-12", "TUN", Purpose.CONSULTATION, Modality.IN_PERSON,
                List.of(c("F", "Y15T17", 11)), no, no, safe(true, true, false, true),
                "Girls asked for private space for family visits.", null, null));
        out.add(e("2024-11-26", "DEMO-14", "KEN", Purpose.CO_DESIGN, Modality.IN_PERSON,
                List.of(c("F", "Y10T14", 9), c("F", "Y15T17", 7)), no, no, all,
                "Adolescent girls suggested holding dialogues after school hours.",
                "Dialogues moved to late afternoons.", "2025-02-14"));
        out.add(e("2026-03-10", "DEMO-14", "UGA", Purpose.IMPLEMENTATION, Modality.IN_PERSON,
                List.of(c("F", "Y15T17", 12), c("M", "Y15T17", 4)), no, no, all,
                "Girls co-facilitated dialogues with religious leaders.", null, null));
        return out;
    }
}
