package org.haven.sdg;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The SDG import page (ADMIN and MEL_OFFICER): upload a download of the UN SDG Global Database (or check the shipped
 * extract again), read the dry run with every rejected row, then commit it in one transaction.
 */
@Controller
class SdgImportController {

    private final SdgImportService imports;
    private final SdgUploads uploads;

    SdgImportController(SdgImportService imports, SdgUploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping("/data/sdg-import")
    String page(Model model) {
        imports.requireImporter();
        model.addAttribute("recent", imports.recent());
        return "sdg/import";
    }

    @PostMapping("/data/sdg-import")
    String dryRun(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String origin, Model model, HttpServletResponse response,
            java.security.Principal principal) throws IOException {
        imports.requireImporter();
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("fileError", true);
            return page(model);
        }
        SdgUploads.Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = uploads.save(in, file.getOriginalFilename(), principal.getName());
        }
        return preview(model, upload.token(), imports.dryRun(SdgSource.of(upload.file(), upload.name()), origin));
    }

    @PostMapping("/data/sdg-import/shipped")
    String dryRunShipped(Model model) {
        imports.requireImporter();
        return preview(model, SdgUploads.SHIPPED, imports.dryRun(SdgSource.shipped(), SdgImportService.SHIPPED_ORIGIN));
    }

    @PostMapping("/data/sdg-import/commit")
    String commit(@RequestParam String token, @RequestParam(required = false) String origin,
            @RequestParam(defaultValue = "false") boolean skipRejected, Model model, HttpServletResponse response,
            java.security.Principal principal) throws IOException {
        imports.requireImporter();
        SdgSummary summary;
        if (SdgUploads.SHIPPED.equals(token)) {
            summary = imports.commit(SdgSource.shipped(), SdgImportService.SHIPPED_ORIGIN, skipRejected);
        } else {
            SdgUploads.Upload upload = uploads.find(token, principal.getName()).orElse(null);
            if (upload == null) {
                response.setStatus(400);
                model.addAttribute("expired", true);
                return page(model);
            }
            summary = imports.commit(SdgSource.of(upload.file(), upload.name()), origin, skipRejected);
            if (summary.committed()) {
                uploads.remove(token);
            }
        }
        if (!summary.committed()) {
            response.setStatus(400);
            return preview(model, token, summary);
        }
        model.addAttribute("result", summary);
        return page(model);
    }

    private String preview(Model model, String token, SdgSummary summary) {
        model.addAttribute("summary", summary);
        model.addAttribute("token", token);
        return page(model);
    }
}
