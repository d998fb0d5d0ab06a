package org.haven.exchange.sdmx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.validation.Schema;

import org.haven.core.SafeXml;
import org.haven.exchange.sdmx.SdmxModel.Dataflow;
import org.haven.exchange.sdmx.SdmxModel.Observation;
import org.haven.exchange.sdmx.SdmxModel.Structure;
import org.haven.exchange.sdmx.SdmxXmlWriter.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public SDMX REST API (no login): structure queries ({@code /sdmx/dataflow}, {@code /sdmx/datastructure},
 * {@code /sdmx/codelist}, optionally followed by agency, id and version) and data queries
 * ({@code /sdmx/data/{flow}/{key}?startPeriod=&endPeriod=}). The format follows the Accept header (SDMX-CSV 2.0 or
 * SDMX-ML 3.0 structure-specific data; the SDMX-ML 3.0 structure message for structures), or {@code format=csv|xml}.
 * Errors are SDMX-ML 3.0 error messages: 404 (code 100) for an unknown flow or artefact, 400 (code 140) naming the
 * bad key part or period, 406 for a format Haven does not write. With {@code haven.sdmx.validate-output=true} every
 * XML response is validated against the shipped schema before it is sent (a debugging aid).
 */
@RestController
@RequestMapping("/sdmx")
@Tag(name = "SDMX", description = "Public SDMX REST API: dataflows, data structure, codelists, data (SDMX-CSV 2.0, SDMX-ML 3.0)")
class SdmxRestController {

    private static final Logger LOG = LoggerFactory.getLogger(SdmxRestController.class);
    private static final String ERROR_TYPE = "application/xml;charset=UTF-8";

    private final SdmxStructures structures;
    private final SdmxData data;
    private final boolean validateOutput;

    SdmxRestController(SdmxStructures structures, SdmxData data,
            @Value("${haven.sdmx.validate-output:false}") boolean validateOutput) {
        this.structures = structures;
        this.data = data;
        this.validateOutput = validateOutput;
    }

    @GetMapping({"/dataflow", "/dataflow/{agency}", "/dataflow/{agency}/{id}", "/dataflow/{agency}/{id}/{version}"})
    @Operation(summary = "Dataflows (SDMX-ML 3.0 structure message)")
    void dataflows(@PathVariable(required = false) String agency, @PathVariable(required = false) String id,
            @PathVariable(required = false) String version, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(required = false) String format, HttpServletResponse response) throws Exception {
        requireArtefact(agency, id, version, structures.dataflows().stream().map(Dataflow::id).toList(), "dataflow");
        structureMessage(structures.structure(), EnumSet.of(Part.DATAFLOWS), null, accept, format, response);
    }

    @GetMapping({"/datastructure", "/datastructure/{agency}", "/datastructure/{agency}/{id}",
            "/datastructure/{agency}/{id}/{version}"})
    @Operation(summary = "The data structure with its codelists and concepts (SDMX-ML 3.0 structure message)")
    void datastructure(@PathVariable(required = false) String agency, @PathVariable(required = false) String id,
            @PathVariable(required = false) String version, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(required = false) String format, HttpServletResponse response) throws Exception {
        requireArtefact(agency, id, version, List.of(SdmxModel.DSD_ID), "data structure");
        structureMessage(structures.structure(), EnumSet.of(Part.CODELISTS, Part.CONCEPTS, Part.DATASTRUCTURES), null,
                accept, format, response);
    }

    @GetMapping({"/codelist", "/codelist/{agency}", "/codelist/{agency}/{id}", "/codelist/{agency}/{id}/{version}"})
    @Operation(summary = "Codelists (SDMX-ML 3.0 structure message)")
    void codelists(@PathVariable(required = false) String agency, @PathVariable(required = false) String id,
            @PathVariable(required = false) String version, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(required = false) String format, HttpServletResponse response) throws Exception {
        Structure s = structures.structure();
        requireArtefact(agency, id, version, List.copyOf(s.codelists().keySet()), "codelist");
        structureMessage(s, EnumSet.of(Part.CODELISTS), wildcard(id) ? null : id, accept, format, response);
    }

    @GetMapping({"/data/{flow}", "/data/{flow}/{key}"})
    @Operation(summary = "Data of a dataflow. key: FREQ.SERIES.REF_AREA.SEX.AGE (e.g. A.VC_VAW_PHYPYV.404.F._T; empty"
            + " part = any, '+' = or, 'all' = everything). Accept: " + SdmxCsvWriter.MEDIA_TYPE + " or "
            + SdmxXmlWriter.DATA_MEDIA_TYPE + "; or format=csv|xml")
    void data(@PathVariable String flow, @PathVariable(required = false) String key,
            @RequestParam(required = false) String startPeriod, @RequestParam(required = false) String endPeriod,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(required = false) String format, HttpServletResponse response) throws Exception {
        Dataflow dataflow = dataflow(flow);
        boolean csv = dataFormatIsCsv(accept, format);
        Structure s = structures.structure();
        SdmxQuery query = SdmxQuery.parse(s, key, startPeriod, endPeriod);
        List<Observation> observations = data.observations(query);
        if (csv) {
            response.setContentType(SdmxCsvWriter.MEDIA_TYPE + ";charset=UTF-8");
            Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            SdmxCsvWriter.write(dataflow, observations, w);
            w.flush();
            return;
        }
        response.setContentType(SdmxXmlWriter.DATA_MEDIA_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxXmlWriter.data(dataflow, observations, out);
        send(out, SdmxXmlWriter.DATA_SCHEMA, response);
    }

    @GetMapping({"/data/dataflow/{agency}/{id}/{version}", "/data/dataflow/{agency}/{id}/{version}/{key}"})
    @Operation(summary = "Data of a dataflow, SDMX REST 2.0 path (/data/dataflow/HAVEN/DF_SDG_VAC/1.0/{key})")
    void dataByReference(@PathVariable String agency, @PathVariable String id, @PathVariable String version,
            @PathVariable(required = false) String key, @RequestParam(required = false) String startPeriod,
            @RequestParam(required = false) String endPeriod,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(required = false) String format, HttpServletResponse response) throws Exception {
        data(agency + "," + id + "," + version, key, startPeriod, endPeriod, accept, format, response);
    }

    /** The dataflow named by "DF_SDG_VAC", "HAVEN,DF_SDG_VAC" or "HAVEN,DF_SDG_VAC,1.0"; 404 otherwise. */
    private Dataflow dataflow(String flow) {
        String[] parts = flow.split(",", -1);
        String id = parts.length == 1 ? parts[0] : parts[1];
        boolean agencyOk = parts.length == 1 || wildcard(parts[0]) || parts[0].equals(SdmxModel.AGENCY);
        boolean versionOk = parts.length < 3 || wildcard(parts[2]) || parts[2].equals(SdmxModel.VERSION);
        return structures.dataflow(id).filter(f -> agencyOk && versionOk && parts.length <= 3)
                .orElseThrow(() -> SdmxException.notFound("no dataflow '" + flow + "': Haven publishes "
                        + structures.dataflows().stream().map(Dataflow::reference).toList()));
    }

    private static boolean wildcard(String s) {
        return s == null || s.equals("*") || s.equals("all") || s.equals("latest") || s.equals("~");
    }

    private static void requireArtefact(String agency, String id, String version, List<String> ids, String what) {
        if (!wildcard(agency) && !agency.equals(SdmxModel.AGENCY)) {
            throw SdmxException.notFound("no " + what + " of agency '" + agency + "': Haven's agency is " + SdmxModel.AGENCY);
        }
        if (!wildcard(id) && !ids.contains(id)) {
            throw SdmxException.notFound("no " + what + " '" + id + "': there are " + ids);
        }
        if (!wildcard(version) && !version.equals(SdmxModel.VERSION)) {
            throw SdmxException.notFound("no version '" + version + "' of " + what + " " + id + ": the version is "
                    + SdmxModel.VERSION);
        }
    }

    private static boolean dataFormatIsCsv(String accept, String format) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (Set.of("csv", "sdmx-csv", "csvfile").contains(f)) {
                return true;
            }
            if (Set.of("xml", "sdmx-ml", "structurespecificdata", "structurespecific").contains(f)) {
                return false;
            }
            throw new SdmxException(406, 406, "format '" + format + "' is not written here: use csv or xml");
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("csv")) {
            return true;
        }
        if (a.isBlank() || a.contains("xml") || a.contains("*/*")) {
            return false;
        }
        throw new SdmxException(406, 406, "Accept '" + accept + "' is not written here: use " + SdmxCsvWriter.MEDIA_TYPE
                + " or " + SdmxXmlWriter.DATA_MEDIA_TYPE);
    }

    private void structureMessage(Structure structure, Set<Part> parts, String codelist, String accept, String format,
            HttpServletResponse response) throws Exception {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        boolean xmlAsked = format == null || format.isBlank() ? a.isBlank() || a.contains("xml") || a.contains("*/*")
                : Set.of("xml", "sdmx-ml").contains(format.trim().toLowerCase(Locale.ROOT));
        if (!xmlAsked) {
            throw new SdmxException(406, 406, "structures are written as " + SdmxXmlWriter.STRUCTURE_MEDIA_TYPE);
        }
        response.setContentType(SdmxXmlWriter.STRUCTURE_MEDIA_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxXmlWriter.structure(structure, parts, codelist, out);
        send(out, SdmxXmlWriter.STRUCTURE_SCHEMA, response);
    }

    private void send(ByteArrayOutputStream out, String schema, HttpServletResponse response) throws IOException {
        if (validateOutput) {
            Schema compiled = SafeXml.schema(schema);
            List<String> problems = SafeXml.validate(compiled, new ByteArrayInputStream(out.toByteArray()));
            if (!problems.isEmpty()) {
                LOG.error("SDMX output is not valid against {}: {}", schema, problems);
                throw new SdmxException(500, 500, "the SDMX message Haven wrote is not valid: " + problems.get(0));
            }
        }
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    @ExceptionHandler(SdmxException.class)
    void error(SdmxException e, HttpServletResponse response) throws IOException, XMLStreamException {
        response.reset();
        response.setStatus(e.status());
        response.setContentType(ERROR_TYPE);
        SdmxXmlWriter.error(e.code(), e.getMessage(), response.getOutputStream());
    }
}
