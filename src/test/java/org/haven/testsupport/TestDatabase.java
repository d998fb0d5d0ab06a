package org.haven.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every test application context at the test database: H2 in memory by default, or a real PostgreSQL
 * (embedded binaries, started once per JVM) when the system property {@code haven.test.db=postgres} is set, as the
 * second surefire run of {@code mvn verify} does for the tests tagged "db". Each application context gets a database
 * of its own: the analytics engine keeps every value in memory and learns of changes from its own context's events,
 * so two contexts sharing one database would each miss the other's writes. Registered in META-INF/spring.factories.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    /**
     * Property naming the H2 database of a test class that must not share the common one (e.g. one that removes all
     * demo data for real): {@code @SpringBootTest(properties = TestDatabase.H2_NAME + "=haven-demo-removal")}.
     */
    public static final String H2_NAME = "haven.test.h2-name";

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("haven.test.db"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues values = TestPropertyValues.of(
                "HAVEN_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "haven.demo.enabled=true");
        int number = CONTEXTS.incrementAndGet();
        if (onPostgres()) {
            String database = "haven_test_" + number;
            try (Connection c = DriverManager.getConnection(postgres().getJdbcUrl("postgres", "postgres"), "postgres",
                    "postgres"); Statement s = c.createStatement()) {
                s.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + database, e);
            }
            values = values.and(
                    "spring.datasource.url=" + postgres().getJdbcUrl("postgres", database),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres");
        } else {
            values = values.and(
                    "spring.datasource.url=jdbc:h2:mem:" + context.getEnvironment().getProperty(H2_NAME, "haven-test-" + number)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa",
                    "spring.datasource.password=");
        }
        values.applyTo(context);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }
}
