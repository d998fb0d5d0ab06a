package org.haven.exchange.dhis2;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.data.ValueSource;
import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DHIS2 admin page (ADMIN and MEL_OFFICER): connections, their mappings (add, delete, upload a mapping CSV),
 * uploading a data value set file (JSON, CSV or ADX; dry run or import) with its import summary, and export links.
 */
@Controller
class Dhis2PageController {

    private final Dhis2MappingService mappings;
    private final Dhis2Exchange exchange;
    private final CurrentUser user;

    Dhis2PageController(Dhis2MappingService mappings, Dhis2Exchange exchange, CurrentUser user) {
        this.mappings = mappings;
        this.exchange = exchange;
        this.user = user;
    }

    @GetMapping("/exchange/dhis2")
    String page(@RequestParam(required = false) String connection, Model model) {
        return render(connection, model);
    }

    @PostMapping("/exchange/dhis2/connections")
    String addConnection(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String country, @RequestParam(required = false) String baseUrl,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        try {
            Dhis2Connection c = mappings.addConnection(code, name, country, baseUrl, false);
            redirect.addFlashAttribute("flash", "dhis2.flash.connectionAdded");
            return redirect(c.code());
        } catch (InvalidInputException e) {
            model.addAttribute("connectionProblems", e.problems());
            return render(null, model);
        }
    }

    @PostMapping("/exchange/dhis2/connections/{code}/delete")
    String deleteConnection(@PathVariable String code, RedirectAttributes redirect) {
        requireStaff();
        mappings.deleteConnection(code);
        redirect.addFlashAttribute("flash", "dhis2.flash.connectionDeleted");
        return "redirect:/exchange/dhis2";
    }

    @PostMapping("/exchange/dhis2/mappings")
    String addMapping(@RequestParam String connection, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String dhis2Id, @RequestParam(required = false) String havenCode,
            @RequestParam(required = false) String dataElement, Model model, RedirectAttributes redirect) {
        requireStaff();
        try {
            mappings.add(connection, new Dhis2MappingInput(kind, dhis2Id, havenCode, dataElement));
            redirect.addFlashAttribute("flash", "dhis2.flash.mappingAdded");
            return redirect(connection);
        } catch (InvalidInputException e) {
            model.addAttribute("mappingProblems", e.problems());
            model.addAttribute("mappingForm", new Dhis2MappingInput(kind, dhis2Id, havenCode, dataElement));
            return render(connection, model);
        }
    }

    @PostMapping("/exchange/dhis2/mappings/{id}/delete")
    String deleteMapping(@PathVariable long id, @RequestParam String connection, RedirectAttributes redirect) {
        requireStaff();
        mappings.delete(connection, id);
        redirect.addFlashAttribute("flash", "dhis2.flash.mappingDeleted");
        return redirect(connection);
    }

    @PostMapping("/exchange/dhis2/mappings/upload")
    String uploadMappings(@RequestParam String connection, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        requireStaff();
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "choose a mapping CSV file");
            }
            byte[] bytes = Dhis2Body.read(file.getInputStream(), exchange.maxBytes());
            int added = mappings.addAll(connection, Dhis2MappingCsv.read(Dhis2Body.text(bytes, null)));
            redirect.addFlashAttribute("flash", "dhis2.flash.mappingsUploaded");
            redirect.addFlashAttribute("flashCount", added);
            return redirect(connection);
        } catch (InvalidInputException e) {
            model.addAttribute("uploadProblems", e.problems());
        } catch (Dhis2BodyException e) {
            model.addAttribute("uploadProblems", List.of(new FieldProblem("file", e.getMessage())));
        }
        return render(connection, model);
    }

    @PostMapping("/exchange/dhis2/import")
    String importFile(@RequestParam String connection, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean dryRun,
            Model model) throws IOException {
        requireStaff();
        try {
            if (file == null || file.isEmpty()) {
                throw Dhis2BodyException.badRequest("Choose a data value set file (.json, .csv or .xml/.adx)");
            }
            if (file.getSize() > exchange.maxBytes()) {
                throw Dhis2Body.tooLarge(exchange.maxBytes());
            }
            Dhis2Format f = Dhis2Format.ofName(format).or(() -> Dhis2Format.ofName(extension(file)))
                    .orElseThrow(() -> Dhis2BodyException.badRequest("Choose the file's format (JSON, CSV or ADX)"));
            byte[] bytes = Dhis2Body.read(file.getInputStream(), exchange.maxBytes());
            model.addAttribute("summary", exchange.importSet(bytes, f, null, connection,
                    Dhis2ImportOptions.of(dryRun, null, null, ValueSource.IMPORT)));
        } catch (Dhis2BodyException e) {
            model.addAttribute("summary", Dhis2ImportSummary.error(e.getMessage(), connection, 0, List.of()));
        } catch (InvalidInputException e) {
            model.addAttribute("summary", Dhis2ImportSummary.error("The file has invalid fields", connection, 0,
                    e.problems().stream().map(p -> new Dhis2ImportSummary.Conflict(p.field(), p.message(),
                            p.field(), List.of())).toList()));
        } catch (AccessDeniedException e) {
            model.addAttribute("summary", Dhis2ImportSummary.error("You do not have permission to do this: "
                    + e.getMessage() + ". Nothing was stored", connection, 0, List.of()));
        }
        return render(connection, model);
    }

    private String render(String connection, Model model) {
        requireStaff();
        List<Dhis2Connection> connections = mappings.connections();
        Dhis2Connection selected = null;
        if (connection != null && !connection.isBlank()) {
            try {
                selected = mappings.connection(connection);
            } catch (NotFoundException e) {
                selected = null;
            }
        }
        if (selected == null && !connections.isEmpty()) {
            selected = connections.get(0);
        }
        model.addAttribute("connections", connections);
        model.addAttribute("selected", selected);
        model.addAttribute("mappings", selected == null ? List.of() : mappings.mappings(selected.code()));
        model.addAttribute("kinds", Dhis2MappingKind.values());
        model.addAttribute("maxMegabytes", exchange.maxBytes() / (1024 * 1024));
        if (!model.containsAttribute("mappingForm")) {
            model.addAttribute("mappingForm", new Dhis2MappingInput("DATA_ELEMENT", "", "", ""));
        }
        return "exchange/dhis2";
    }

    private void requireStaff() {
        user.require("use the DHIS2 exchange page", Role.ADMIN, Role.MEL_OFFICER);
    }

    private static String extension(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.lastIndexOf('.') < 0) {
            return null;
        }
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String redirect(String connection) {
        return "redirect:" + UriComponentsBuilder.fromPath("/exchange/dhis2").queryParam("connection", connection)
                .encode().build().toUriString();
    }
}
