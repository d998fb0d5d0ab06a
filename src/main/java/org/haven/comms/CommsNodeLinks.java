package org.haven.comms;

import java.util.List;

import org.haven.framework.NodeLinkContributor;
import org.springframework.stereotype.Component;

/** Lists the communication products serving a framework node on that node's page. */
@Component
class CommsNodeLinks implements NodeLinkContributor {

    private final ProductService service;

    CommsNodeLinks(ProductService service) {
        this.service = service;
    }

    @Override
    public String sectionKey() {
        return "comms.node.products";
    }

    @Override
    public List<NodeLink> linkedTo(String nodeCode) {
        return service.linkedTo(nodeCode).stream()
                .map(p -> new NodeLink(p.title(), "/communications/" + p.id(), p.date() + " · " + label(p.kind().name())
                        + " · " + label(p.status().name())))
                .toList();
    }

    private static String label(String name) {
        String s = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
