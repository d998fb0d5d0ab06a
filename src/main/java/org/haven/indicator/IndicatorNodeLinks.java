package org.haven.indicator;

import java.util.List;

import org.haven.framework.NodeLinkContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lists the indicators linked to a framework node on the node's page. */
@Component
class IndicatorNodeLinks implements NodeLinkContributor {

    private final IndicatorService service;
    private final MessageSource messages;

    IndicatorNodeLinks(IndicatorService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "indicator.node.indicators";
    }

    @Override
    public List<NodeLink> linkedTo(String nodeCode) {
        return service.linkedTo(nodeCode).stream()
                .map(i -> new NodeLink(i.code() + " " + i.name(), "/indicators/" + i.code(), detail(i)))
                .toList();
    }

    private String detail(Indicator i) {
        String type = messages.getMessage("indicator.type." + i.type().name(), null, i.type().name(),
                LocaleContextHolder.getLocale());
        String text = i.internationalCode() == null ? type : type + " · " + i.internationalCode();
        return i.unverified()
                ? text + " · " + messages.getMessage("indicator.unverified", null, "unverified", LocaleContextHolder.getLocale())
                : text;
    }
}
