package org.haven.comms;

import java.util.ArrayList;
import java.util.List;

import org.haven.comms.ProductInput.ReachInput;
import org.haven.demo.DemoDataStatus;
import org.haven.plan.ActivityCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on and an empty register, adds eleven clearly labelled demo products (titles start with "[DEMO]",
 * demo=true) linked to the demo activities DEMO-01..14: delivered ones with reach, planned ones for the calendar,
 * one cancelled. Skipped when the demo activities are not there.
 */
@Component
@Order(50)
class DemoProducts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProducts.class);

    private final ProductService service;
    private final ActivityCatalog activities;
    private final DemoDataStatus demo;
    private final boolean enabled;

    DemoProducts(ProductService service, ActivityCatalog activities, DemoDataStatus demo,
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
        List<ProductInput> inputs = inputs().stream()
                .filter(in -> activities.findByCode(in.activity()).filter(a -> a.demo()).isPresent()).toList();
        if (!inputs.isEmpty()) {
            service.createAllAsSystem(inputs);
            log.info("Added {} demo communication products", inputs.size());
        }
    }


    private static ReachInput r(String audience, String sex, int people) {
        return new ReachInput(audience, sex, people);
    }

    private static ProductInput p(String title, ProductKind kind, Channel channel, String language, String date,
            ProductStatus status, String orgUnit, String activity, String summary, List<String> nodes,
            List<String> audiences, List<ReachInput> reach) {
        return new ProductInput("[DEMO] " + title, kind.name(), channel.name(), language, date, status.name(), orgUnit,
                activity, "Demonstration product shipped with Haven. " + summary, null, nodes, audiences, reach, true, null);
    }

    static List<ProductInput> inputs() {
        ProductStatus delivered = ProductStatus.DELIVERED;
        ProductStatus planned = ProductStatus.PLANNED;
        List<ProductInput> out = new ArrayList<>();
        out.add(p("#SafeOnline campaign", ProductKind.CAMPAIGN, Channel.SOCIAL_MEDIA, "en", "2024-09-30", delivered, "PHL",
                "DEMO-02", "Posts co-designed with a youth panel.", List.of("SO1", "OO1", "CYB"),
                List.of("YOUNG_PEOPLE", "FAMILIES", "CHILDREN"),
                List.of(r("YOUNG_PEOPLE", "F", 12000), r("YOUNG_PEOPLE", "M", 9500), r("YOUNG_PEOPLE", "U", 3000),
                        r("FAMILIES", "U", 8000), r("CHILDREN", "F", 4000), r("CHILDREN", "M", 3500))));
        out.add(p("Child-friendly guide: staying safe online", ProductKind.CHILD_FRIENDLY, Channel.WEBSITE, "tl",
                "2025-02-15", delivered, "PHL", "DEMO-02", "Illustrated guide in Tagalog.", List.of("OO1", "CYB"),
                List.of("CHILDREN"), List.of(r("CHILDREN", "F", 1500), r("CHILDREN", "M", 1300))));
        out.add(p("Research report: violence against children on the move", ProductKind.REPORT, Channel.WEBSITE, "en",
                "2025-08-31", delivered, "142", "DEMO-08", "Findings of the research, including children's own accounts.",
                List.of("SO2", "OO1", "MOV"), List.of("CHILD_RIGHTS_PRACTITIONERS", "MEMBER_STATES"),
                List.of(r("CHILD_RIGHTS_PRACTITIONERS", "U", 2400), r("MEMBER_STATES", "U", 150))));
        out.add(p("Child-friendly summary of the research", ProductKind.CHILD_FRIENDLY, Channel.WEBSITE, "en",
                "2025-10-15", delivered, "142", "DEMO-08", "Written with young migrants.", List.of("MOV"),
                List.of("YOUNG_PEOPLE", "CHILDREN"), List.of(r("YOUNG_PEOPLE", "F", 600), r("YOUNG_PEOPLE", "M", 550))));
        out.add(p("Children's findings at the global forum", ProductKind.EVENT, Channel.IN_PERSON, "en", "2025-10-31",
                delivered, "001", "DEMO-11", "Children's councils presented their findings.", List.of("SO1", "OO2"),
                List.of("MEMBER_STATES", "CHILDREN"),
                List.of(r("MEMBER_STATES", "F", 90), r("MEMBER_STATES", "M", 70), r("CHILDREN", "F", 20), r("CHILDREN", "M", 15))));
        out.add(p("Policy brief: first survey results", ProductKind.BRIEF, Channel.EMAIL, "en", "2025-04-30", delivered,
                "KEN", "DEMO-01", "Four pages for ministries and professionals.", List.of("SO1", "OO1"),
                List.of("MEMBER_STATES", "MULTISECTORAL_PROFESSIONALS"),
                List.of(r("MULTISECTORAL_PROFESSIONALS", "F", 210), r("MULTISECTORAL_PROFESSIONALS", "M", 180),
                        r("MEMBER_STATES", "U", 40))));
        out.add(p("Radio programme on harmful practices", ProductKind.MEDIA_PIECE, Channel.BROADCAST, "sw", "2025-03-20",
                delivered, "KEN", "DEMO-14", "Weekly programme co-hosted by adolescent girls.", List.of("OO2", "MOV"),
                List.of("COMMUNITIES", "FAMILIES"), List.of(r("COMMUNITIES", "U", 45000))));
        out.add(p("Peer session stories on social media", ProductKind.SOCIAL_MEDIA, Channel.SOCIAL_MEDIA, "es",
                "2026-12-10", planned, "COL", "DEMO-06", "Stories chosen by the adolescents.", List.of("OO2", "INS"),
                List.of("YOUNG_PEOPLE"), List.of()));
        out.add(p("Annual report on the Strategy", ProductKind.REPORT, Channel.WEBSITE, "en", "2026-12-18", planned,
                "001", "DEMO-11", "Progress of the year.", List.of("SO1", "SO2", "SO3"),
                List.of("MEMBER_STATES", "PRIVATE_AND_PUBLIC"), List.of()));
        out.add(p("Launch of the model law on child-sensitive justice", ProductKind.EVENT, Channel.IN_PERSON, "fr",
                "2027-01-20", planned, "MAR", "DEMO-04", "Launch with the ministry of justice.", List.of("SO3", "OO4", "JUS"),
                List.of("MEMBER_STATES", "CHILD_RIGHTS_PRACTITIONERS"), List.of()));
        out.add(p("Press article on girls in detention", ProductKind.MEDIA_PIECE, Channel.PRESS, "ar", "2026-11-05",
                ProductStatus.CANCELLED, "TUN", "DEMO-12", "Postponed until the assessment visits.", List.of("JUS"),
                List.of("COMMUNITIES"), List.of()));
        return out;
    }
}
