package org.haven.exchange.iati;

import java.io.IOException;
import java.io.InputStream;

import org.haven.core.InvalidInputException;
import org.haven.user.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The IATI page for staff: the export link, an upload that is checked first (what would be created, updated and
 * skipped), then imported in one go; and the activities imported so far.
 */
@Controller
class IatiImportController {

    private final IatiImportService imports;
    private final IatiUploads uploads;
    private final CurrentUser user;
    private final IatiSettings settings;

    IatiImportController(IatiImportService imports, IatiUploads uploads, CurrentUser user, IatiSettings settings) {
        this.imports = imports;
        this.uploads = uploads;
        this.user = user;
        this.settings = settings;
    }

    @GetMapping("/exchange/iati")
    String page(Model model) {
        imports.requireImporter();
        model.addAttribute("imported", imports.recent());
        model.addAttribute("reportingOrgRef", settings.reportingOrgRef());
        return "iati/import";
    }

    @PostMapping("/exchange/iati")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        imports.requireImporter();
        if (file == null || file.isEmpty()) {
            return refused(model, response, InvalidInputException.of("file", "choose an IATI activity file (.xml)"));
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = imports.readLimited(in);
            IatiImportReport report = imports.dryRun(content, file.getOriginalFilename());
            model.addAttribute("report", report);
            model.addAttribute("token", uploads.save(content, report.fileName(), user.username()));
        } catch (InvalidInputException e) {
            return refused(model, response, e);
        }
        return page(model);
    }

    @PostMapping("/exchange/iati/commit")
    String commit(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        imports.requireImporter();
        IatiUploads.Upload upload = uploads.find(token, user.username()).orElse(null);
        if (upload == null) {
            return refused(model, response, InvalidInputException.of("file", "the checked file has expired; upload it again"));
        }
        try {
            model.addAttribute("committed", imports.commit(upload.content(), upload.name()));
            uploads.remove(token);
        } catch (InvalidInputException e) {
            return refused(model, response, e);
        }
        return page(model);
    }

    private String refused(Model model, HttpServletResponse response, InvalidInputException e) {
        response.setStatus(400);
        model.addAttribute("problems", e.problems());
        return page(model);
    }
}
