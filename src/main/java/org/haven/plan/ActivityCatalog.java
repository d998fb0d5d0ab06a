package org.haven.plan;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the Action Plan for other features (registers that link their entries to activities), and the one
 * rule of whose partner an activity is, so a register scopes partner users exactly as the Action Plan does.
 */
public interface ActivityCatalog {

    Optional<Activity> find(long id);

    /** The activity with this code (case-insensitive), if any. */
    Optional<Activity> findByCode(String code);

    /** Every activity, by code. */
    List<Activity> all();

    /**
     * True when the signed-in user is a PARTNER_REPORTER and the activity names their partner, the rule by which
     * partner users report progress on activities.
     */
    boolean ofCurrentPartner(Activity activity);

    /** The progress updates of one activity, newest report first (reports quote them as highlights). */
    List<ProgressUpdate> progressOf(long activityId);
}
