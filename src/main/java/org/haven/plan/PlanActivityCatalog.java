package org.haven.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Action Plan as other features read it. */
@Component
@Transactional(readOnly = true)
class PlanActivityCatalog implements ActivityCatalog {

    private final ActivityStore store;
    private final ActivityAccess access;

    PlanActivityCatalog(ActivityStore store, ActivityAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Optional<Activity> find(long id) {
        return store.find(id);
    }

    @Override
    public Optional<Activity> findByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : store.findByCode(code.trim());
    }

    @Override
    public List<Activity> all() {
        return store.searchAll(ActivityFilter.none(), null);
    }

    @Override
    public boolean ofCurrentPartner(Activity activity) {
        return access.ofOwnPartner(activity);
    }

    @Override
    public List<ProgressUpdate> progressOf(long activityId) {
        return store.progress(activityId);
    }
}
