package org.haven.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.postgresql.PGConnection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL path of a bulk write: checked values are streamed with COPY into a temporary staging table; the rows
 * that create or change a cell are then selected once (with the stored row's previous value and version), and the
 * history, the insert of new cells and the version-checked update of changed cells run as set-based statements. All
 * SQL is static; values travel only as COPY data or bind parameters. On other databases {@link #open} returns null and the caller writes chunk by chunk.
 */
@Component
class DataValueStaging {

    private static final String CREATE = """
            create temporary table if not exists data_value_staging (
                data_element_code varchar(40) not null, org_unit_code varchar(20) not null, period varchar(20) not null,
                period_type varchar(20) not null, period_start date not null, period_end date not null,
                combo varchar(400) not null, partner_code varchar(80) not null, numeric_value numeric(20, 6) not null,
                comment varchar(2000), follow_up boolean not null) on commit drop""";
    private static final String COPY = """
            copy data_value_staging (data_element_code, org_unit_code, period, period_type, period_start, period_end,
                combo, partner_code, numeric_value, comment, follow_up) from stdin""";
    private static final String KEY = """
            v.data_element_code = s.data_element_code and v.org_unit_code = s.org_unit_code and v.period = s.period
                and v.combo = s.combo and v.partner_code = s.partner_code""";
    private static final String DIFFERS = """
            (v.numeric_value <> s.numeric_value or v.comment is distinct from s.comment or v.follow_up <> s.follow_up
                or v.nature is not null or v.origin is not null or v.demo)""";
    private static final String DUPLICATE = """
            select s.data_element_code, s.org_unit_code, s.period, s.combo, s.partner_code from data_value_staging s
            group by s.data_element_code, s.org_unit_code, s.period, s.combo, s.partner_code having count(*) > 1
            limit 1""";
    /** The staged rows that create or change a cell, with the stored row they change (null id: new cell). */
    private static final String CHANGES = """
            create temporary table data_value_change on commit drop as
            select s.*, v.id as stored_id, v.version as stored_version, v.numeric_value as previous_value,
                v.comment as previous_comment, v.follow_up as previous_follow_up
            from data_value_staging s left join data_value v on""" + " " + KEY + " where v.id is null or " + DIFFERS;
    private static final String COUNTS = """
            select data_element_code, org_unit_code, period, sum(case when stored_id is null then 1 else 0 end),
                count(*) from data_value_change group by data_element_code, org_unit_code, period""";
    private static final String HISTORY = """
            insert into data_value_history (data_element_code, org_unit_code, period, combo, partner_code, action,
                previous_value, previous_comment, previous_follow_up, new_value, new_comment, new_follow_up, source,
                changed_by, changed_at)
            select data_element_code, org_unit_code, period, combo, partner_code,
                case when stored_id is null then 'CREATE' else 'UPDATE' end, previous_value, previous_comment,
                previous_follow_up, numeric_value, comment, follow_up, :source, :actor, :now
            from data_value_change""";
    private static final String INSERT = """
            insert into data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end,
                combo, partner_code, numeric_value, comment, follow_up, source, stored_by, stored_at, version)
            select data_element_code, org_unit_code, period, period_type, period_start, period_end, combo,
                partner_code, numeric_value, comment, follow_up, :source, :actor, :now, 0
            from data_value_change where stored_id is null""";
    private static final String UPDATE = """
            update data_value set numeric_value = c.numeric_value, comment = c.comment, follow_up = c.follow_up,
                source = :source, stored_by = :actor, stored_at = :now, version = data_value.version + 1,
                nature = null, origin = null, demo = false
            from data_value_change c
            where data_value.id = c.stored_id and data_value.version = c.stored_version""";

    /** The problem of a cell named twice in one bulk write. */
    static InvalidInputException duplicate(String cell) {
        return InvalidInputException.of("items", "the same cell (" + cell + ") appears more than once in this write");
    }

    private static ConflictException conflict() {
        return new ConflictException("Some of these values were stored by someone else at the same time."
                + " Reload them and submit your changes again.");
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    DataValueStaging(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** An empty staging table in the current transaction, or null when the database is not PostgreSQL. */
    Batch open() {
        if (!postgres()) {
            return null;
        }
        jdbc.sql(CREATE).update();
        jdbc.sql("truncate table data_value_staging").update();
        return new Batch();
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                known = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database product name", e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            postgres = known;
        }
        return known;
    }

    /** The staging table of one bulk write. */
    final class Batch {

        private long staged;

        private Batch() {
        }

        /** Copies checked values (never null) into the staging table. */
        void copy(List<CheckedItem> items) {
            if (items.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder(items.size() * 96);
            for (CheckedItem c : items) {
                field(text, c.element()).append('\t');
                field(text, c.orgUnit()).append('\t');
                field(text, c.period().iso()).append('\t');
                field(text, c.period().type().name()).append('\t');
                text.append(c.period().start()).append('\t').append(c.period().end()).append('\t');
                field(text, c.combo()).append('\t');
                field(text, c.partner()).append('\t');
                text.append(c.value().toPlainString()).append('\t');
                field(text, DataValueStore.blankToNull(c.input().comment())).append('\t');
                text.append(c.input().followUp() ? 't' : 'f').append('\n');
            }
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(COPY, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging table failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            staged += items.size();
        }

        /** Writes history and values from the staging table; adds the counts and touched cells to {@code changes}. */
        void write(DataValueService.Changes changes, ValueSource source, String actor, OffsetDateTime now) {
            if (staged == 0) {
                return;
            }
            jdbc.sql("analyze data_value_staging").update();
            List<String> duplicate = jdbc.sql(DUPLICATE).query((rs, n) -> rs.getString(1) + ", " + rs.getString(2)
                    + ", " + rs.getString(3) + ", '" + rs.getString(4) + "', '" + rs.getString(5) + "'").list();
            if (!duplicate.isEmpty()) {
                throw duplicate(duplicate.get(0));
            }
            jdbc.sql("drop table if exists data_value_change").update();
            jdbc.sql(CHANGES).update();
            long[] counts = new long[2];
            jdbc.sql(COUNTS).query((RowCallbackHandler) rs -> {
                counts[0] += rs.getLong(4);
                counts[1] += rs.getLong(5) - rs.getLong(4);
                changes.touched(rs.getString(1), rs.getString(2), rs.getString(3));
            });
            long changed = counts[0] + counts[1];
            int history = jdbc.sql(HISTORY).param("source", source.name()).param("actor", actor).param("now", now)
                    .update();
            int created;
            try {
                created = jdbc.sql(INSERT).param("source", source.name()).param("actor", actor).param("now", now)
                        .update();
            } catch (DuplicateKeyException e) {
                throw conflict();
            }
            int updated = jdbc.sql(UPDATE).param("source", source.name()).param("actor", actor).param("now", now)
                    .update();
            if (history != changed || created != counts[0] || updated != counts[1]) {
                throw conflict();
            }
            changes.count(Math.toIntExact(counts[0]), Math.toIntExact(counts[1]), Math.toIntExact(staged - changed), 0);
            jdbc.sql("drop table data_value_change").update();
            jdbc.sql("truncate table data_value_staging").update();
            staged = 0;
        }

        private static StringBuilder field(StringBuilder out, String value) {
            if (value == null) {
                return out.append("\\N");
            }
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
            return out;
        }
    }
}
