package org.haven.plan;

import java.util.List;

import org.haven.framework.NodeLinkContributor;
import org.springframework.stereotype.Component;

/** Lists the activities linked to a framework node on that node's page. */
@Component
class ActivityNodeLinks implements NodeLinkContributor {

    private final ActivityService service;

    ActivityNodeLinks(ActivityService service) {
        this.service = service;
    }

    @Override
    public String sectionKey() {
        return "plan.node.activities";
    }

    @Override
    public List<NodeLink> linkedTo(String nodeCode) {
        return service.linkedTo(nodeCode).stream()
                .map(a -> new NodeLink(a.code() + " " + a.title(), "/activities/" + a.id(),
                        statusText(a.status()) + (a.percentComplete() == null ? "" : " · " + a.percentComplete() + "%")))
                .toList();
    }

    private static String statusText(ActivityStatus status) {
        String name = status.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
