package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Users' partner codes become references to the partner registry: values are mapped onto registered partners first
 * (see {@link FreeTextPartners#mapUsers}), then a foreign key keeps them so. Removing a partner leaves its former
 * users without one.
 */
public class V18_3__User_partner_reference extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        FreeTextPartners.mapUsers(context.getConnection());
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table app_user alter column partner_code set data type varchar(40)");
            s.execute("alter table app_user add constraint app_user_partner_fk foreign key (partner_code)"
                    + " references partner (code) on delete set null");
        }
    }
}
