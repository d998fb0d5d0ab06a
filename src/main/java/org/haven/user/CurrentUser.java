package org.haven.user;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting, and what they may touch. Features call this rather than reading the security context. */
@Component
public class CurrentUser {

    public Optional<HavenUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HavenUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public String username() {
        return get().map(HavenUser::username).orElse("anonymous");
    }

    public boolean hasAny(Role... roles) {
        return get().map(u -> {
            for (Role r : roles) {
                if (u.has(r)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    /**
     * Refuses with AccessDeniedException (HTTP 403) unless the user has one of the roles; {@code action} completes
     * the message "Only ADMIN or MEL_OFFICER may ...".
     */
    public void require(String action, Role... roles) {
        if (!hasAny(roles)) {
            throw new AccessDeniedException("Only " + Arrays.stream(roles).map(Role::name)
                    .collect(Collectors.joining(" or ")) + " may " + action);
        }
    }

    /** Countries (ISO alpha-3) the user is scoped to; empty when the user is not a country focal point. */
    public Set<String> countries() {
        return get().map(HavenUser::countries).orElse(Set.of());
    }

    public Optional<String> partnerCode() {
        return get().map(HavenUser::partnerCode);
    }
}
