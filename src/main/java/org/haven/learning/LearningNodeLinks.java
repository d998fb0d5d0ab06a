package org.haven.learning;

import java.util.List;

import org.haven.framework.NodeLinkContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Adds a "Learning" section to every framework node page: one link to the node's learning page, with how many
 * lessons and evaluations concern the node and its descendants.
 */
@Component
class LearningNodeLinks implements NodeLinkContributor {

    private final LearningService learning;
    private final MessageSource messages;

    LearningNodeLinks(LearningService learning, MessageSource messages) {
        this.learning = learning;
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "learning.node.section";
    }

    @Override
    public List<NodeLink> linkedTo(String nodeCode) {
        LearningService.NodeCounts counts = learning.counts(nodeCode);
        String label = messages.getMessage("learning.node.link", new Object[] {nodeCode}, LocaleContextHolder.getLocale());
        String detail = messages.getMessage("learning.node.linkDetail", new Object[] {counts.lessons(), counts.evaluations()},
                LocaleContextHolder.getLocale());
        return List.of(new NodeLink(label, "/learning/nodes/" + nodeCode, detail));
    }
}
