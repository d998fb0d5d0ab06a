package org.haven.core;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java that loads a bundled seed file (framework, reference data). Declared as a Spring
 * bean in its feature's package, so Flyway runs it in version order between the SQL migrations, once per database.
 */
public abstract class SeedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected SeedMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
