package org.haven.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.haven.core.NotFoundException;
import org.haven.user.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Background generation of kept reports: one worker thread (reports are CPU-bound), run as the user who asked so
 * that the report and its audit row name them; the owner polls the progress. Jobs are forgotten an hour after they
 * started; the kept report stays in the table.
 */
@Component
class ReportJobs {

    static final Duration KEEP = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);

    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "haven-report");
        t.setDaemon(true);
        return t;
    });
    private final ReportService reports;
    private final KeptReportStore store;
    private final CurrentUser currentUser;

    ReportJobs(ReportService reports, KeptReportStore store, CurrentUser currentUser) {
        this.reports = reports;
        this.store = store;
        this.currentUser = currentUser;
    }

    ReportJob start(ReportRequest request) {
        expire();
        String user = currentUser.username();
        Locale locale = LocaleContextHolder.getLocale();
        ReportJob job = new ReportJob(UUID.randomUUID().toString(), user, request);
        jobs.put(job.id(), job);
        worker.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                GeneratedReport generated = reports.generate(request, user, locale, job::step);
                job.step("keep");
                job.done(store.keep(generated, user));
            } catch (RuntimeException e) {
                LOG.warn("Report generation {} failed", request.parameters(), e);
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }));
        return job;
    }

    /** The caller's own job; another user's job is as good as missing. */
    ReportJob get(String id) {
        ReportJob job = jobs.get(id);
        if (job == null || !job.owner().equals(currentUser.username())) {
            throw new NotFoundException("report job", id);
        }
        return job;
    }

    private void expire() {
        long limit = System.currentTimeMillis() - KEEP.toMillis();
        jobs.values().removeIf(j -> !j.running() && j.startedAt() < limit);
    }
}
