package org.haven.exchange.iati;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Files checked on the import page, kept in memory between their dry run and their import (for at most one hour,
 * each visible only to the user who uploaded it; files are already limited in size).
 */
@Component
class IatiUploads {

    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_KEPT = 20;

    record Upload(String token, byte[] content, String name, String owner, Instant at) {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    String save(byte[] content, String name, String owner) {
        Instant limit = Instant.now().minus(KEEP);
        uploads.values().removeIf(u -> u.at().isBefore(limit));
        if (uploads.size() >= MAX_KEPT) {
            uploads.values().stream().min(java.util.Comparator.comparing(Upload::at))
                    .ifPresent(oldest -> uploads.remove(oldest.token()));
        }
        String token = UUID.randomUUID().toString();
        uploads.put(token, new Upload(token, content, name, owner, Instant.now()));
        return token;
    }

    Optional<Upload> find(String token, String owner) {
        Upload u = uploads.get(token == null ? "" : token);
        return u != null && u.owner().equals(owner) ? Optional.of(u) : Optional.empty();
    }

    void remove(String token) {
        uploads.remove(token);
    }
}
