package org.haven.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Uploaded files kept between their dry run and their commit (in the temporary directory, for at most two hours),
 * each visible only to the user who uploaded it. The token {@link #SHIPPED} names the shipped extract.
 */
@Component
class SdgUploads {

    static final String SHIPPED = "shipped";
    private static final Duration KEEP = Duration.ofHours(2);

    record Upload(String token, Path file, String name, String owner, Instant at) {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    Upload save(InputStream in, String name, String owner) {
        sweep();
        try {
            Path file = Files.createTempFile("haven-sdg-", ".upload");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            String token = UUID.randomUUID().toString();
            Upload u = new Upload(token, file, name == null || name.isBlank() ? "upload.csv" : name, owner, Instant.now());
            uploads.put(token, u);
            return u;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Upload> find(String token, String owner) {
        Upload u = uploads.get(token == null ? "" : token);
        return u != null && u.owner().equals(owner) ? Optional.of(u) : Optional.empty();
    }

    void remove(String token) {
        Upload u = uploads.remove(token);
        if (u != null) {
            delete(u.file());
        }
    }

    private void sweep() {
        Instant limit = Instant.now().minus(KEEP);
        uploads.values().removeIf(u -> {
            if (u.at().isBefore(limit)) {
                delete(u.file());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary directory is cleaned by the system anyway
        }
    }
}
