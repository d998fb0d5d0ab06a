package org.haven.user;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API for user administration (ADMIN only). Responses are {@link UserAccount}s: never a password hash. A
 * PUT must carry the version it read; a stale version answers 409.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    @GetMapping
    List<UserAccount> list() {
        return users.all();
    }

    @GetMapping("/{id}")
    UserAccount get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    ResponseEntity<UserAccount> create(@Valid @RequestBody UserForm form) {
        UserAccount created = users.create(form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    UserAccount update(@PathVariable long id, @Valid @RequestBody UserForm form) {
        return users.update(id, form);
    }
}
