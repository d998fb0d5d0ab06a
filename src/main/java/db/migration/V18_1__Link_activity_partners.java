package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Free-text activity partners become activity_partner links; unmatched names become partners to review. */
public class V18_1__Link_activity_partners extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        FreeTextPartners.linkActivities(context.getConnection());
    }
}
