package org.haven.demo;

import java.util.List;

import org.haven.core.DemoDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether demo data exists now and whether an administrator removed it. Demo seeders load demo data only while
 * {@link #seedingAllowed()} (demo data switched on and never removed); the layout shows the demo banner while
 * {@link #present()}.
 */
@Component
public class DemoDataStatus {

    private final JdbcClient jdbc;
    private final List<DemoDataOwner> owners;

    DemoDataStatus(JdbcClient jdbc, List<DemoDataOwner> owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    /** True once an administrator removed all demo data ("Remove all demo data" on /admin/demo). */
    @Transactional(readOnly = true)
    public boolean removed() {
        return jdbc.sql("select count(*) from demo_removal").query(Long.class).single() > 0;
    }

    /** True when a demo seeder with {@code enabled} (haven.demo.enabled) may load its demo rows. */
    public boolean seedingAllowed(boolean enabled) {
        return enabled && !removed();
    }

    /** True while any owner holds demo rows. */
    @Transactional(readOnly = true)
    public boolean present() {
        for (DemoDataOwner owner : owners) {
            if (owner.count() > 0) {
                return true;
            }
        }
        return false;
    }
}
