package org.haven.framework;

/**
 * What a framework node looks like at one moment, without row identity or version: a row of today's framework or a
 * row of its history. Used to lay out, compare and serialise the framework as of any date.
 */
record NodeState(String code, NodeKind kind, String parentCode, String title, String shortTitle, String description,
        int sortOrder, boolean retired) {

    static NodeState of(FrameworkNode n) {
        return new NodeState(n.code(), n.kind(), n.parentCode(), n.title(), n.shortTitle(), n.description(),
                n.sortOrder(), n.retired());
    }

    public String label() {
        return shortTitle != null && !shortTitle.isBlank() ? shortTitle : title;
    }
}
