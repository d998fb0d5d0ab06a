package org.haven.exchange.sdmx;

import java.io.IOException;
import java.io.InputStream;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The SDMX page for staff (ADMIN, MEL_OFFICER, PROGRAMME_OFFICER): Haven's dataflows with links to their data and
 * structure in each format, and (ADMIN, MEL_OFFICER) the SDMX-CSV import: check first, then import.
 */
@Controller
class SdmxPageController {

    private final SdmxStructures structures;
    private final SdmxImportService imports;
    private final CurrentUser user;

    SdmxPageController(SdmxStructures structures, SdmxImportService imports, CurrentUser user) {
        this.structures = structures;
        this.imports = imports;
        this.user = user;
    }

    @GetMapping("/exchange/sdmx")
    String page(Model model) {
        user.require("see the SDMX exchange page", Role.ADMIN, Role.MEL_OFFICER, Role.PROGRAMME_OFFICER);
        model.addAttribute("flows", structures.dataflows());
        model.addAttribute("series", structures.seriesElements());
        model.addAttribute("canImport", imports.canImport());
        model.addAttribute("csvType", SdmxCsvWriter.MEDIA_TYPE);
        model.addAttribute("dataType", SdmxXmlWriter.DATA_MEDIA_TYPE);
        model.addAttribute("structureType", SdmxXmlWriter.STRUCTURE_MEDIA_TYPE);
        return "exchange/sdmx";
    }

    @PostMapping("/exchange/sdmx/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, HttpServletResponse response)
            throws IOException {
        imports.requireImporter();
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("fileError", true);
            return page(model);
        }
        SdmxImportSummary summary;
        try (InputStream in = file.getInputStream()) {
            summary = imports.run(SdmxCsvReader.readLimited(in), file.getOriginalFilename(), dryRun);
        } catch (SdmxCsvReader.Unreadable e) {
            summary = SdmxImportService.unreadable(file.getOriginalFilename(), dryRun, e.getMessage());
        }
        if (summary.refusal() != null) {
            response.setStatus(400);
        }
        model.addAttribute("summary", summary);
        return page(model);
    }
}
