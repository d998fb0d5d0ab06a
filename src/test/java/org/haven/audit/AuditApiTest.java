package org.haven.audit;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.haven.testsupport.HavenDbTest;
import org.haven.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@HavenDbTest
class AuditApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    String entityId;

    /** Two rows for a test-only entity type, written by "auditor.test" (update after create). */
    @BeforeEach
    void recordRows() {
        entityId = UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("auditor.test", null, java.util.List.of()));
        try {
            tx.executeWithoutResult(s -> {
                audit.record("audit-test", entityId, AuditAction.CREATE, "Created " + entityId, null,
                        Map.of("name", "first", "size", 1));
                audit.record("audit-test", entityId, AuditAction.UPDATE, "Changed " + entityId,
                        Map.of("name", "first", "size", 1), Map.of("name", "second", "size", 1));
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void adminSeesRowsNewestFirstWithBeforeAndAfterAsObjects() throws Exception {
        mvc.perform(get("/api/v1/audit").param("type", "audit-test").param("id", entityId)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].actor").value("auditor.test"))
                .andExpect(jsonPath("$.items[0].entityType").value("audit-test"))
                .andExpect(jsonPath("$.items[0].entityId").value(entityId))
                .andExpect(jsonPath("$.items[0].before.name").value("first"))
                .andExpect(jsonPath("$.items[0].after.name").value("second"))
                .andExpect(jsonPath("$.items[0].occurredAt").exists())
                .andExpect(jsonPath("$.items[1].action").value("CREATE"))
                .andExpect(jsonPath("$.items[1].before").doesNotExist());
    }

    @Test
    void filtersByTypeActorAndDate() throws Exception {
        mvc.perform(get("/api/v1/audit").param("type", "audit-test").param("size", "200")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].entityType", everyItem(is("audit-test"))))
                .andExpect(jsonPath("$.items[*].entityId", hasItem(entityId)))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/audit").param("type", "user").param("size", "200")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].entityType", everyItem(is("user"))));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(get("/api/v1/audit").param("actor", "AUDITOR.test").param("id", entityId)
                        .param("from", today).param("to", today)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        mvc.perform(get("/api/v1/audit").param("id", entityId).param("from", tomorrow)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").param("id", entityId).param("actor", "someone.else")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void invalidFiltersAreRejectedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2026-02-01").param("to", "2026-01-01")
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit").param("size", "0").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void nonAdminsAreForbidden() throws Exception {
        for (String user : new String[] {"mel", "viewer", "focal.ken"}) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(httpBasic(user, TestDatabase.ADMIN_PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void auditPageShowsRowsWithAFieldByFieldDiff() throws Exception {
        mvc.perform(get("/admin/audit").param("type", "audit-test").param("id", entityId)
                        .with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Changed " + entityId)))
                .andExpect(content().string(containsString("<details>")))
                .andExpect(content().string(containsString("class=\"diff-changed\"")))
                .andExpect(content().string(containsString("<option value=\"audit-test\" selected=\"selected\">")));
    }
}
