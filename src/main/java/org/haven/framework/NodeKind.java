package org.haven.framework;

/** The kinds of framework node, in the order the framework page shows them. */
public enum NodeKind {
    VISION,
    STRATEGIC_OBJECTIVE,
    OPERATIONAL_OBJECTIVE,
    PILLAR,
    TA_SERVICE,
    PRIORITY_CONTEXT,
    CONTEXT_AIM,
    ECOLOGICAL_LEVEL,
    BENCHMARK,
    KEY_CHANGE_INDICATOR,
    SDG_GOAL,
    SDG_TARGET,
    IMPLEMENTER
}
