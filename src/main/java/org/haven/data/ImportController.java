package org.haven.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import pages: upload a file, watch its dry run (htmx polls the progress every second), read the preview with
 * every rejected row (paged here, complete in the JSON), then commit a clean file.
 */
@Controller
class ImportController {

    static final int PAGE_SIZE = 50;

    private final ImportJobs jobs;
    private final DataSetCatalog dataSets;

    ImportController(ImportJobs jobs, DataSetCatalog dataSets) {
        this.jobs = jobs;
        this.dataSets = dataSets;
    }

    @GetMapping("/data/import")
    String form(Model model) {
        model.addAttribute("dataSets", dataSets.all());
        return "data/import";
    }

    @PostMapping("/data/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            response.setStatus(400);
            model.addAttribute("fileError", "import.noFile");
            return form(model);
        }
        ImportJob job;
        try (InputStream in = file.getInputStream()) {
            job = jobs.start(file.getOriginalFilename(), in);
        }
        return "redirect:/data/import/" + job.id();
    }

    @GetMapping("/data/import/{id}")
    String job(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
        addJob(model, jobs.get(id), page);
        return "data/import-job";
    }

    /** The status block alone, for htmx polling; it stops polling itself once the job is no longer running. */
    @GetMapping("/data/import/{id}/status")
    String status(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
        addJob(model, jobs.get(id), page);
        return "data/import-job :: status";
    }

    @GetMapping(value = "/data/import/{id}/result.json", produces = "application/json")
    @ResponseBody
    ImportSummary result(@PathVariable String id) {
        ImportJob job = jobs.get(id);
        return job.summary();
    }

    @PostMapping("/data/import/{id}/commit")
    String commit(@PathVariable String id) {
        jobs.commit(id);
        return "redirect:/data/import/" + id;
    }

    private static void addJob(Model model, ImportJob job, int page) {
        model.addAttribute("job", job);
        // state first: the worker stores the summary before it changes the state, so this pair is consistent
        ImportJob.State state = job.state();
        model.addAttribute("state", state);
        model.addAttribute("running", state.running());
        ImportSummary summary = job.summary();
        List<ImportRejection> rejected = summary == null ? List.of() : summary.rejectedRows();
        int pages = Math.max(1, (rejected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("summary", summary);
        model.addAttribute("rejectedPage",
                rejected.subList((current - 1) * PAGE_SIZE, Math.min(rejected.size(), current * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
    }
}
