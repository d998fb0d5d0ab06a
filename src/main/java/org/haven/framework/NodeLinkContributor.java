package org.haven.framework;

import java.util.List;

/**
 * Implemented by features whose items link to framework nodes (activities today, indicators later), so each node's
 * page lists them without the framework depending on those features.
 */
public interface NodeLinkContributor {

    /** Message key of the section heading on the node page, e.g. "plan.node.activities". */
    String sectionKey();

    /** The items linked to the node with this code. */
    List<NodeLink> linkedTo(String nodeCode);

    /** One linked item: its label, where to open it, and a short detail line (e.g. status). */
    record NodeLink(String label, String href, String detail) {
    }
}
