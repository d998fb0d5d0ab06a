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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL path of a bulk write: checked values are streamed with COPY into a temporary staging table, then
 * history and the upsert into data_value run as set-based statements. All SQL is static; values travel only as COPY
 * data or bind parameters. On other databases {@link #open} returns null and the caller writes chunk by chunk.
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
            (v.numeric_value <> s.numeric_value or v.comment is distinct from s.comment or v.follow_up <> s.follow_up)""";
    private static final String DUPLICATE = """
            select s.data_element_code, s.org_unit_code, s.period, s.combo, s.partner_code from data_value_staging s
            group by s.data_element_code, s.org_unit_code, s.period, s.combo, s.partner_code having count(*) > 1
            limit 1""";
    private static final String COUNTS = "select s.data_element_code, s.org_unit_code, s.period,"
            + " sum(case when v.id is null then 1 else 0 end),"
            + " sum(case when v.id is not null and " + DIFFERS + " then 1 else 0 end), count(*)"
            + " from data_value_staging s left join data_value v on " + KEY
            + " group by s.data_element_code, s.org_unit_code, s.period";
    private static final String HISTORY = """
            insert into data_value_history (data_element_code, org_unit_code, period, combo, partner_code, action,
                previous_value, previous_comment, previous_follow_up, new_value, new_comment, new_follow_up, source,
                changed_by, changed_at)
            select s.data_element_code, s.org_unit_code, s.period, s.combo, s.partner_code,
                case when v.id is null then 'CREATE' else 'UPDATE' end, v.numeric_value, v.comment, v.follow_up,
                s.numeric_value, s.comment, s.follow_up, :source, :actor, :now
            from data_value_staging s left join data_value v on""" + " " + KEY + " where v.id is null or " + DIFFERS;
    private static final String UPSERT = """
            insert into data_value (data_element_code, org_unit_code, period, period_type, period_start, period_end,
                combo, partner_code, numeric_value, comment, follow_up, source, stored_by, stored_at, version)
            select s.data_element_code, s.org_unit_code, s.period, s.period_type, s.period_start, s.period_end, s.combo,
                s.partner_code, s.numeric_value, s.comment, s.follow_up, :source, :actor, :now, 0
            from data_value_staging s
            on conflict (data_element_code, org_unit_code, period, combo, partner_code) do update set
                numeric_value = excluded.numeric_value, comment = excluded.comment, follow_up = excluded.follow_up,
                source = excluded.source, stored_by = excluded.stored_by, stored_at = excluded.stored_at,
                version = data_value.version + 1
            where data_value.numeric_value <> excluded.numeric_value
                or data_value.comment is distinct from excluded.comment or data_value.follow_up <> excluded.follow_up""";

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
                throw InvalidInputException.of("items", "the same cell (" + duplicate.get(0)
                        + ") appears more than once in this write");
            }
            long[] counts = new long[3];
            jdbc.sql(COUNTS).query((RowCallbackHandler) rs -> {
                long created = rs.getLong(4);
                long updated = rs.getLong(5);
                counts[0] += created;
                counts[1] += updated;
                counts[2] += rs.getLong(6) - created - updated;
                if (created + updated > 0) {
                    changes.touched(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            });
            long changed = counts[0] + counts[1];
            int history = jdbc.sql(HISTORY).param("source", source.name()).param("actor", actor).param("now", now)
                    .update();
            int written = jdbc.sql(UPSERT).param("source", source.name()).param("actor", actor).param("now", now)
                    .update();
            if (history != changed || written != changed) {
                throw new ConflictException("Some of these values were stored by someone else at the same time."
                        + " Reload them and submit your changes again.");
            }
            changes.count(Math.toIntExact(counts[0]), Math.toIntExact(counts[1]), Math.toIntExact(counts[2]), 0);
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
