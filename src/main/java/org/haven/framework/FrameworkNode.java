package org.haven.framework;

/**
 * One element of the results framework. {@code code} is stable for the node's life (SO1, OO3, TA-B, JUS-2, SDG-16.2);
 * titles and descriptions can change, and a retired node stays in history but takes no new links.
 */
public record FrameworkNode(long id, String code, NodeKind kind, String parentCode, String title, String shortTitle,
        String description, int sortOrder, boolean retired, int version) {

    /** Short title when there is one, else the title: for lists, filters and matrix headers. */
    public String label() {
        return shortTitle != null && !shortTitle.isBlank() ? shortTitle : title;
    }
}
