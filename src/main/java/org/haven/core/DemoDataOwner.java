package org.haven.core;

/**
 * A feature that seeds labelled demo rows (demo activities, demo values, demo partners...) implements this, so an
 * administrator can see how much demo data there is and remove all of it in one action. Real data (including the
 * published SDG values) is never demo data.
 */
public interface DemoDataOwner {

    /** Message key naming what this owner seeds, e.g. "demo.owner.values". */
    String labelKey();

    /** How many demo rows there are now. */
    long count();

    /** Deletes every demo row of this owner in the caller's transaction, auditing it; returns how many went. */
    long remove();
}
