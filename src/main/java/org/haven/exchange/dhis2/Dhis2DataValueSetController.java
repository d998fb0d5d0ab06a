package org.haven.exchange.dhis2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.haven.data.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The DHIS2-compatible data value set endpoint: a DHIS2 instance (or anyone with a Haven account, HTTP Basic) posts
 * its numbers as JSON, CSV or ADX and gets a DHIS2 ImportSummary back; GET exports the same three formats. Every
 * answer, errors included, is an ImportSummary: 400 malformed or hostile body, 403 outside the caller's scope, 409
 * rows with problems (nothing stored), 413 too large, 415 another media type.
 */
@RestController
@Tag(name = "DHIS2 data value sets", description = "DHIS2-compatible import and export (JSON, CSV, ADX)")
class Dhis2DataValueSetController {

    private final Dhis2Exchange exchange;

    Dhis2DataValueSetController(Dhis2Exchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping("/api/dataValueSets")
    @Operation(summary = "Import a DHIS2 data value set: application/json, text/csv (or application/csv), "
            + "application/adx+xml (or application/xml). dryRun=true only checks and counts; importStrategy "
            + "CREATE_AND_UPDATE (default) or DELETE; atomicMode ALL (default: nothing stored when any row has a "
            + "problem) or NONE; connection names the mapping set (optional when only one applies)")
    ResponseEntity<Dhis2ImportSummary> importSet(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String importStrategy,
            @RequestParam(required = false) String atomicMode,
            @RequestParam(required = false) String connection) throws IOException {
        String contentType = request.getContentType();
        Dhis2Format format = Dhis2Format.ofContentType(contentType).orElseThrow(() -> new Dhis2BodyException(415,
                "Send the data value set as application/json, text/csv, application/csv, application/adx+xml or "
                        + "application/xml (got " + (contentType == null ? "no Content-Type" : contentType) + ")"));
        long length = request.getContentLengthLong();
        if (length > exchange.maxBytes()) {
            throw Dhis2Body.tooLarge(exchange.maxBytes());
        }
        Dhis2ImportOptions options = Dhis2ImportOptions.of(dryRun, importStrategy, atomicMode, ValueSource.API);
        byte[] body = Dhis2Body.read(request.getInputStream(), exchange.maxBytes());
        Dhis2ImportSummary summary = exchange.importSet(body, format, contentType, connection, options);
        return ResponseEntity.status(summary.status().equals("ERROR") ? 409 : 200).body(summary);
    }

    @GetMapping({"/api/dataValueSets", "/api/dataValueSets.json", "/api/dataValueSets.csv", "/api/dataValueSets.adx"})
    @Operation(summary = "Export values as a DHIS2 data value set (JSON, CSV with Accept: text/csv or .csv, ADX "
            + "with Accept: application/adx+xml or .adx). dataSet, dataElement and orgUnit take DHIS2 ids of the "
            + "connection or Haven codes; period takes DHIS2 (202501, 2025Q1, 2025) or Haven periods; several values "
            + "comma-separated; children=true includes org units below. Values without a mapping are left out and "
            + "counted in the X-Haven-Skipped header")
    ResponseEntity<String> export(HttpServletRequest request,
            @RequestParam(required = false) List<String> dataSet,
            @RequestParam(required = false) List<String> dataElement,
            @RequestParam(required = false) List<String> orgUnit,
            @RequestParam(required = false) List<String> period,
            @RequestParam(defaultValue = "false") boolean children,
            @RequestParam(required = false) String connection,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Dhis2Format f = format(request.getRequestURI(), format, accept);
        Dhis2Exporter.Export export = exchange.export(connection, new Dhis2Exporter.Query(split(dataSet),
                split(dataElement), split(orgUnit), split(period), children));
        String body = switch (f) {
            case JSON -> Dhis2Json.write(new Dhis2Json.ValueSet(export.dataSet(), null, null, export.values()));
            case CSV -> Dhis2Csv.write(export.values());
            case ADX -> Adx.write(export.dataSet(), export.adx());
        };
        return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(f.mediaType()),
                        StandardCharsets.UTF_8))
                .header("X-Haven-Skipped", String.valueOf(export.skipped(f)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dataValueSet." + f.extension() + "\"")
                .body(body);
    }

    private static Dhis2Format format(String uri, String format, String accept) {
        int dot = uri.lastIndexOf('.');
        if (dot > uri.lastIndexOf('/')) {
            return Dhis2Format.ofName(uri.substring(dot + 1)).orElse(Dhis2Format.JSON);
        }
        if (format != null && !format.isBlank()) {
            return Dhis2Format.ofName(format).orElseThrow(() -> InvalidInputException.of("format",
                    "'" + format + "' is not json, csv or adx"));
        }
        if (accept != null) {
            for (String a : accept.split(",")) {
                var f = Dhis2Format.ofContentType(a);
                if (f.isPresent()) {
                    return f.get();
                }
            }
        }
        return Dhis2Format.JSON;
    }

    private static List<String> split(List<String> params) {
        if (params == null) {
            return List.of();
        }
        return params.stream().flatMap(p -> Arrays.stream(p.split(","))).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    @ExceptionHandler(Dhis2BodyException.class)
    ResponseEntity<Dhis2ImportSummary> body(Dhis2BodyException e) {
        return error(e.status(), e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Dhis2ImportSummary> invalid(InvalidInputException e) {
        return error(400, "The request has invalid fields", e.problems().stream()
                .map(p -> new Dhis2ImportSummary.Conflict(p.field(), p.field() + ": " + p.message(), p.field(),
                        List.of())).toList());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Dhis2ImportSummary> forbidden(AccessDeniedException e) {
        return error(403, "You do not have permission to do this: " + e.getMessage() + ". Nothing was stored",
                List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Dhis2ImportSummary> notFound(NotFoundException e) {
        return error(404, e.getMessage(), List.of());
    }

    private static ResponseEntity<Dhis2ImportSummary> error(int status, String description,
            List<Dhis2ImportSummary.Conflict> conflicts) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Dhis2ImportSummary.error(description, null, 0, conflicts));
    }
}
