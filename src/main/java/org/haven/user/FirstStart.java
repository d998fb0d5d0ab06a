package org.haven.user;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no users yet) creates the admin account: its password comes from HAVEN_ADMIN_PASSWORD or
 * is generated and printed once. With demo data on, also creates one demo user per role, sharing that password.
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final UserService users;
    private final String configuredPassword;
    private final boolean demo;

    FirstStart(UserService users, @Value("${HAVEN_ADMIN_PASSWORD:}") String configuredPassword,
            @Value("${haven.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.configuredPassword = configuredPassword;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.noUsers()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.create(new UserForm("admin", "Haven administrator", null, password, Set.of(Role.ADMIN), Set.of(), null, null));
        if (demo) {
            users.create(new UserForm("mel", "Demo MEL officer", null, password, Set.of(Role.MEL_OFFICER), Set.of(), null, null));
            users.create(new UserForm("programme", "Demo programme officer", null, password, Set.of(Role.PROGRAMME_OFFICER), Set.of(), null, null));
            users.create(new UserForm("focal.ken", "Demo focal point, Kenya", null, password,
                    Set.of(Role.COUNTRY_FOCAL_POINT), Set.of("KEN"), null, null));
            users.create(new UserForm("partner", "Demo partner reporter", null, password,
                    Set.of(Role.PARTNER_REPORTER), Set.of(), "DEMO-NGO", null));
            users.create(new UserForm("viewer", "Demo viewer", null, password, Set.of(Role.VIEWER), Set.of(), null, null));
        }
        if (generated) {
            String banner = "=".repeat(72);
            log.warn("\n{}\n First start: created user 'admin' with password: {}\n{}{}\n{}", banner, password,
                    demo ? " Demo users mel, programme, focal.ken, partner and viewer share this password.\n" : "",
                    " It is shown only this once. Set HAVEN_ADMIN_PASSWORD to choose it instead.", banner);
        } else {
            log.info("First start: created user 'admin' with the password from HAVEN_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
