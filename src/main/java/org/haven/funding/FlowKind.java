package org.haven.funding;

/** Money received from the donor under an agreement (in instalments), or spent under it. */
enum FlowKind {
    RECEIPT, EXPENDITURE
}
