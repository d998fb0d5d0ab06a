package org.haven.framework;

/**
 * What an editor sends to change the framework. A draft creates a node; an edit changes its texts (rename,
 * describe); a change is the API's full update, which may also move the node (sort order) or retire/restore it.
 * {@code note} becomes the change note of the history row.
 */
final class NodeInput {

    private NodeInput() {
    }

    record Draft(String kind, String code, String parentCode, String title, String shortTitle, String description,
            String note) {
    }

    record Edit(String title, String shortTitle, String description, Integer version, String note) {
    }

    record Change(String title, String shortTitle, String description, Integer sortOrder, Boolean retired,
            Integer version, String note) {
    }
}
