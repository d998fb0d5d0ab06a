package org.haven.user;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it, carrying the roles and scopes features check. */
public record HavenUser(long id, String username, String displayName, String passwordHash, boolean active,
        Set<Role> roles, Set<String> countries, String partnerCode) implements UserDetails {

    public HavenUser {
        roles = Set.copyOf(roles);
        countries = Set.copyOf(countries);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "HavenUser[" + username + ", roles=" + roles + "]";
    }
}
