package org.haven.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on ({@code haven.demo.enabled=true}) and no evaluations or lessons yet, records three clearly
 * labelled demo evaluations with recommendations in every state, and demo lessons, linked to the demo activities
 * (DEMO-01..14; links to any that are missing are left out) and to framework nodes. Titles start "[DEMO] ", report
 * links point to example.org, every row is demo=true. Due dates are set relative to the day of loading, so the demo
 * shows both overdue and upcoming follow-up. Inserted through the services as 'system', so each row is audited.
 */
@Component
@Order(50)
class LearningDemoData implements ApplicationRunner {

    static final String NOTE = "Illustrative example shipped with Haven; not a real finding.";

    private final EvaluationService evaluations;
    private final RecommendationService recommendations;
    private final LessonService lessons;
    private final PlanActivities activities;
    private final boolean enabled;

    LearningDemoData(EvaluationService evaluations, RecommendationService recommendations, LessonService lessons,
            PlanActivities activities, @Value("${haven.demo.enabled:false}") boolean enabled) {
        this.evaluations = evaluations;
        this.recommendations = recommendations;
        this.lessons = lessons;
        this.activities = activities;
        this.enabled = enabled;
    }

    private record Rec(String text, ManagementResponse response, String note, String owner, Integer dueInDays,
            FollowUpStatus status) {
    }

    private record Eval(String title, String scope, String start, String end, String report, List<String> activities,
            List<String> nodes, List<Rec> recs) {
    }

    private record Lsn(String title, String text, Integer evaluation, List<String> activities, List<String> nodes,
            List<String> contexts) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || evaluations.count() > 0 || lessons.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Eval> evals = evaluations();
        long[] ids = new long[evals.size()];
        for (int i = 0; i < evals.size(); i++) {
            Eval e = evals.get(i);
            ids[i] = evaluations.createAsSystem(new EvaluationInput("[DEMO] " + e.title(), e.scope() + " " + NOTE,
                    "[DEMO] Independent evaluation team (illustrative)", LocalDate.parse(e.start()),
                    LocalDate.parse(e.end()), e.report(), existing(e.activities()), e.nodes(), true, null)).id();
            for (Rec r : e.recs()) {
                recommendations.createAsSystem(new RecommendationInput(ids[i], "[DEMO] " + r.text(),
                        r.response() == null ? null : r.response().name(), r.note(), r.owner(),
                        r.dueInDays() == null ? null : today.plusDays(r.dueInDays()), r.status().name(), null));
            }
        }
        for (Lsn l : lessons()) {
            lessons.createAsSystem(new LessonInput("[DEMO] " + l.title(), l.text() + " " + NOTE,
                    l.evaluation() == null ? null : ids[l.evaluation()], existing(l.activities()), l.nodes(),
                    l.contexts(), true, null));
        }
    }

    /** The codes of the demo activities that exist (an administrator may have removed the demo Action Plan). */
    private List<String> existing(List<String> codes) {
        Map<String, ActivityRef> found = activities.byCodes(codes);
        return codes.stream().filter(c -> found.containsKey(c.toLowerCase(Locale.ROOT))).toList();
    }

    private static Rec rec(String text, ManagementResponse response, String note, String owner, Integer due,
            FollowUpStatus status) {
        return new Rec(text, response, note, owner, due, status);
    }

    private static List<Eval> evaluations() {
        ManagementResponse yes = ManagementResponse.ACCEPTED;
        ManagementResponse partly = ManagementResponse.PARTIALLY_ACCEPTED;
        FollowUpStatus notStarted = FollowUpStatus.NOT_STARTED;
        FollowUpStatus inProgress = FollowUpStatus.IN_PROGRESS;
        return List.of(
                new Eval("Mid-term evaluation of child-sensitive justice support",
                        "Model legislation, training of judges and prosecutors, and services for girls in detention.",
                        "2025-01-15", "2025-05-30", "https://example.org/haven-demo/justice-mid-term-evaluation.pdf",
                        List.of("DEMO-04", "DEMO-05", "DEMO-12"), List.of("SO3", "OO4", "TA-C", "JUS-4", "JUS-5"),
                        List.of(rec("Adopt the diversion chapter of the model legislation in the two pilot countries "
                                        + "before scaling up.", yes, null, "Justice section (demo)", -45, inProgress),
                                rec("Follow the training of judges with mentoring visits six months later.", partly,
                                        "Mentoring in one country only, for budget reasons.", "Training unit (demo)",
                                        120, notStarted),
                                rec("Create a separate budget line for child participation in legal reform.",
                                        ManagementResponse.REJECTED, "Participation is budgeted within each activity.",
                                        null, null, notStarted))),
                new Eval("Final evaluation of the campaign on online child sexual exploitation",
                        "Reach, message recall and the youth panel's role in the campaign and the industry partnership.",
                        "2025-07-01", "2025-09-30", "https://example.org/haven-demo/online-campaign-final-evaluation.pdf",
                        List.of("DEMO-02", "DEMO-10"), List.of("OO1", "AWR", "CYB", "CYB-1"),
                        List.of(rec("Publish the campaign's reach by sex and age.", yes, null,
                                        "Communication team (demo)", -90, FollowUpStatus.COMPLETED),
                                rec("Involve the youth panel in designing the next campaign's evaluation.", yes, null,
                                        "Communication team (demo)", -10, notStarted))),
                new Eval("Evaluability assessment of the research on children on the move",
                        "Whether the research and the protection network can be evaluated, and with which indicators.",
                        "2025-09-01", "2025-10-31", null, List.of("DEMO-08", "DEMO-09"), List.of("RES", "MOV", "MOV-1"),
                        List.of(rec("Agree indicators of the violence children on the move face before the next "
                                        + "research phase.", null, null, null, null, notStarted),
                                rec("Share the interview protocol with national partners.", yes, null,
                                        "Research unit (demo)", 60, inProgress))));
    }

    private static List<Lsn> lessons() {
        return List.of(
                new Lsn("Diversion takes hold where prosecutors are trained first",
                        "Pilot courts referred more children to diversion once prosecutors had been trained alongside judges.",
                        0, List.of("DEMO-05"), List.of("JUS-1", "TA-C"), List.of("JUS")),
                new Lsn("Legislative timelines need a plan for the political calendar",
                        "The hearing on the model legislation slipped twice with the parliamentary calendar; "
                                + "a fallback date agreed early would have kept momentum.",
                        0, List.of("DEMO-04"), List.of("OO4", "NRM", "JUS-4"), List.of("JUS")),
                new Lsn("Messages co-designed with adolescents were recalled more often",
                        "Messages the youth panel co-designed were recalled by more adolescents than those written "
                                + "by the campaign team alone.",
                        1, List.of("DEMO-02"), List.of("AWR", "CYB-1", "PART"), List.of("CYB")),
                new Lsn("Agree data sharing with industry partners at the start",
                        "Reporting on online abuse was delayed until a data-sharing agreement was signed.",
                        null, List.of("DEMO-10"), List.of("TA-B", "CYB-2"), List.of("CYB")),
                new Lsn("Children on the move speak more openly with peer interviewers",
                        "Interviews led by trained young migrants gave fuller accounts than those led by adults.",
                        2, List.of("DEMO-08"), List.of("RES", "MOV-1", "PART"), List.of("MOV")),
                new Lsn("Community dialogues need services to refer children to",
                        "Dialogues raised disclosures; where no referral service existed, follow-up was not possible.",
                        null, List.of("DEMO-14"), List.of("OO2", "COM", "MOV-4"), List.of("MOV")),
                new Lsn("Peer sessions keep adolescents in prevention programmes",
                        "Fewer adolescents dropped out where peers co-led the sessions with community teams.",
                        null, List.of("DEMO-06"), List.of("OO2", "TA-C", "INS-1"), List.of("INS")),
                new Lsn("Surveys need child-safe referral in place before fieldwork",
                        "Fieldwork paused until every team could refer a child who disclosed violence to a service.",
                        null, List.of("DEMO-01"), List.of("RES", "TA-A", "CRBA"), List.of()));
    }
}
