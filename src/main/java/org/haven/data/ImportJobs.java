package org.haven.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.haven.core.ConflictException;
import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The registry of web imports: each upload is stored in a temporary file and checked on a background thread (as the
 * uploading user, so scope checks apply); its owner polls the progress and may then commit it. Temporary files are
 * deleted once a job can no longer be committed, and jobs are forgotten an hour after they were started.
 */
@Component
class ImportJobs {

    static final Duration KEEP = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "haven-import");
        t.setDaemon(true);
        return t;
    });
    private final ImportService imports;
    private final CurrentUser currentUser;

    ImportJobs(ImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    /** Stores the upload and starts its dry run. */
    ImportJob start(String fileName, InputStream content) {
        expire();
        Path file;
        try {
            file = Files.createTempFile("haven-import-", ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportFormat format;
        try {
            format = ImportFormat.detect(file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), currentUser.username(), fileName, format, file);
        jobs.put(job.id(), job);
        submit(job, () -> {
            ImportSummary summary = imports.dryRun(file, format, ValueSource.IMPORT, LocaleContextHolder.getLocale(),
                    job::progress);
            job.checked(summary);
            if (!summary.clean()) {
                delete(file);
            }
        });
        return job;
    }

    /** The caller's own job; another user's job is as good as missing. */
    ImportJob get(String id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.owner().equals(currentUser.username())) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    /** Starts the commit of a clean dry run; refused in any other state. */
    ImportJob commit(String id) {
        ImportJob job = get(id);
        synchronized (job) {
            if (job.state() != ImportJob.State.CHECKED) {
                throw new ConflictException("import " + id + " cannot be committed in state " + job.state());
            }
            job.committing();
        }
        submit(job, () -> job.committed(imports.commit(job.file(), job.format(), ValueSource.IMPORT,
                LocaleContextHolder.getLocale(), job::progress)));
        return job;
    }

    private void submit(ImportJob job, Runnable work) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Locale locale = LocaleContextHolder.getLocale();
        workers.submit(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
            LocaleContextHolder.setLocale(locale);
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Import {} failed", job.id(), e);
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                if (job.state() != ImportJob.State.CHECKED) {
                    delete(job.file());
                }
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    private void expire() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> {
            if (job.created().isBefore(limit) && !job.state().running()) {
                delete(job.file());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary import file {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        jobs.values().forEach(job -> delete(job.file()));
    }
}
