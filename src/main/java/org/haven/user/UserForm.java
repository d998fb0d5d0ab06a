package org.haven.user;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to create or change a user. Password is required on create, optional on change. */
public record UserForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.username.pattern}") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        @Size(max = 200) String password,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        Set<String> countries,
        @Size(max = 80) String partnerCode,
        Integer version) {

    public UserForm {
        roles = roles == null ? new LinkedHashSet<>() : roles;
        Set<String> codes = new LinkedHashSet<>();
        if (countries != null) {
            countries.stream().filter(c -> c != null && !c.isBlank()).map(c -> c.trim().toUpperCase(Locale.ROOT))
                    .forEach(codes::add);
        }
        countries = codes;
    }
}
