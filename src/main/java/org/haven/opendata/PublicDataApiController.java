package org.haven.opendata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.haven.core.InvalidInputException;
import org.haven.indicator.CategoryDefinition;
import org.haven.indicator.IndicatorSheets.IndicatorSheet;
import org.haven.reference.OrgUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public open-data API, without login: indicators, metadata sheets, org units and values (approved only, small
 * cells suppressed), as JSON or CSV ({@code format=csv} or {@code Accept: text/csv}). Every answer names its
 * licence and a citation; {@link RateLimitFilter} limits calls per client IP.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Open data", description = "Public API without login: approved values only, small cells suppressed, "
        + "rate limited per client IP (429 with Retry-After when exceeded)")
class PublicDataApiController {

    record Links(String metadata, String page, String json, String csv) {
    }

    record IndicatorJson(String code, String name, String type, String unit, String internationalCode, Links links) {
    }

    record IndicatorListJson(OpenDataTerms.Licence licence, String citation, LocalDate retrieved,
            List<IndicatorJson> indicators) {
    }

    record OptionJson(String code, String name) {
    }

    record DisaggregationJson(String code, String name, List<OptionJson> options) {
    }

    record SheetJson(String code, String name, String definition, String type, String unit, int decimals,
            boolean lowerIsBetter, String frequency, String source, String dataSource, String custodian,
            String responsibleOffice, String internationalCode, List<String> sdgSeries, String numerator,
            String denominator, List<DisaggregationJson> disaggregations, boolean unverified, String sourceNote) {
    }

    record SheetResponse(OpenDataTerms.Licence licence, List<OpenDataTerms.Licence> dataLicences, String citation,
            LocalDate retrieved, SheetJson indicator, Links links) {
    }

    record Suppression(int minCellCount, String flag, String note) {
    }

    record DataResponse(List<OpenDataTerms.Licence> licences, String citation, LocalDate retrieved, String url,
            Suppression suppression, List<String> categories, List<PublicData.DataRow> rows) {
    }

    record OrgUnitsResponse(OpenDataTerms.Licence licence, String citation, LocalDate retrieved, List<OrgUnit> orgUnits) {
    }

    private final PublicData data;
    private final int minCellCount;

    PublicDataApiController(PublicData data, @Value("${haven.public.min-cell-count:5}") int minCellCount) {
        this.data = data;
        this.minCellCount = minCellCount;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every indicator with links to its metadata sheet, page and data (JSON or CSV)")
    Object indicators(@RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        List<PublicData.IndicatorEntry> all = data.indicators();
        String url = currentUrl();
        String citation = OpenDataTerms.citation("indicator list", OpenDataTerms.today(), url);
        licenceHeader(response, List.of(OpenDataTerms.HAVEN));
        if (csv(format, accept)) {
            PublicCsv.indicators(all, code -> links(code).metadata(), OpenDataTerms.HAVEN.id(), citation, response);
            return null;
        }
        return new IndicatorListJson(OpenDataTerms.HAVEN, citation, OpenDataTerms.today(), all.stream()
                .map(i -> new IndicatorJson(i.code(), i.name(), i.type(), i.unit(), i.internationalCode(),
                        links(i.code()))).toList());
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "Metadata sheet of an indicator: definition, source, unit, disaggregations with options, "
            + "custodian and responsible office, international code, licence and citation")
    SheetResponse indicator(@PathVariable String code, HttpServletResponse response) {
        IndicatorSheet s = data.sheet(code);
        List<OpenDataTerms.Licence> dataLicences = OpenDataTerms.dataLicences(s);
        licenceHeader(response, dataLicences);
        return new SheetResponse(OpenDataTerms.HAVEN, dataLicences,
                OpenDataTerms.citation(s.code() + " " + s.name(), OpenDataTerms.today(), currentUrl()),
                OpenDataTerms.today(), sheet(s), links(s.code()));
    }

    @GetMapping("/data")
    @Operation(summary = "Approved values of one or more indicators by org unit and period (and optionally by "
            + "disaggregation). Suppressed small cells have value null and flag 'suppressed'. 400 names the bad "
            + "parameter.")
    @Parameter(name = "indicator", description = "Indicator codes, separated by ',' (at most 20)")
    @Parameter(name = "orgUnit", description = "Org unit codes (KEN, 001, 202) or TYPE-COUNTRY, LEVEL-2, "
            + "CHILDREN@002; default: the World, every region and every country")
    @Parameter(name = "period", description = "Periods (2019, 2024Q2, 2025-04), ','-separated; default every "
            + "year from 1990 to this year")
    @Parameter(name = "by", description = "Category codes to split by (see the metadata sheet), e.g. SEX")
    @Parameter(name = "format", description = "json (default) or csv; Accept: text/csv works too")
    Object values(@RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) List<String> orgUnit, @RequestParam(required = false) List<String> period,
            @RequestParam(required = false) List<String> by, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        boolean csv = csv(format, accept);
        PublicData.DataResult result = data.data(split(indicator), split(orgUnit), split(period), split(by));
        String url = currentUrl();
        LocalDate today = OpenDataTerms.today();
        licenceHeader(response, result.licences().isEmpty() ? List.of(OpenDataTerms.HAVEN) : result.licences());
        if (csv) {
            PublicCsv.data(result, r -> OpenDataTerms.citation(r.indicator() + " " + r.indicatorName(), today, url),
                    response, "haven-open-data.csv");
            return null;
        }
        Set<String> subjects = new LinkedHashSet<>();
        split(indicator).forEach(code -> subjects.add(data.indicator(code).map(i -> code + " " + i.name()).orElse(code)));
        return new DataResponse(result.licences(), OpenDataTerms.citation(String.join("; ", subjects), today, url),
                today, url, new Suppression(minCellCount, PublicData.SUPPRESSED, "Counts below " + minCellCount
                        + " are hidden, and so are the cells from which a hidden count could be worked out and rates "
                        + "built on a hidden count: their value is null and their flag is 'suppressed'."),
                result.categories(), result.rows());
    }

    @GetMapping("/orgunits")
    @Operation(summary = "Org units (World, UN M49 regions, countries and areas with ISO 3166-1 alpha-3 codes), "
            + "optionally filtered by level (World = 1), parent code and type (WORLD, REGION, SUBREGION, "
            + "INTERMEDIATE_REGION, COUNTRY, SUBNATIONAL)")
    Object orgUnits(@RequestParam(required = false) Integer level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String type, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        boolean csv = csv(format, accept);
        List<OrgUnit> units = data.orgUnits(level, parent, type);
        String citation = OpenDataTerms.citation("org units", OpenDataTerms.today(), currentUrl());
        licenceHeader(response, List.of(OpenDataTerms.HAVEN));
        if (csv) {
            PublicCsv.orgUnits(units, OpenDataTerms.HAVEN.id(), citation, response);
            return null;
        }
        return new OrgUnitsResponse(OpenDataTerms.HAVEN, citation, OpenDataTerms.today(), units);
    }

    /** CSV when {@code format=csv}, or without a format when the client accepts text/csv; 400 for another format. */
    static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw InvalidInputException.of("format", "'" + format + "' is not json or csv");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    static Links links(String code) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String encoded = org.springframework.web.util.UriUtils.encodePathSegment(code,
                java.nio.charset.StandardCharsets.UTF_8);
        String query = org.springframework.web.util.UriUtils.encodeQueryParam(code,
                java.nio.charset.StandardCharsets.UTF_8);
        return new Links(base + "/api/v1/public/indicators/" + encoded, base + "/open-data/indicators/" + encoded,
                base + "/api/v1/public/data?indicator=" + query + "&format=json",
                base + "/api/v1/public/data?indicator=" + query + "&format=csv");
    }

    private static SheetJson sheet(IndicatorSheet s) {
        List<DisaggregationJson> categories = new ArrayList<>();
        for (CategoryDefinition c : s.disaggregations()) {
            categories.add(new DisaggregationJson(c.code(), c.name(),
                    c.options().stream().map(o -> new OptionJson(o.code(), o.name())).toList()));
        }
        return new SheetJson(s.code(), s.name(), s.definition(), s.type(), s.unit(), s.decimals(), s.lowerIsBetter(),
                s.frequency(), s.source(), s.dataSource(), s.custodian(), s.responsibleOffice(), s.internationalCode(),
                s.sdgSeries(), s.numeratorText(), s.denominatorText(), categories, s.unverified(), s.sourceNote());
    }

    private static void licenceHeader(HttpServletResponse response, List<OpenDataTerms.Licence> licences) {
        for (OpenDataTerms.Licence l : licences) {
            if (l.url() != null) {
                response.addHeader(HttpHeaders.LINK, "<" + l.url() + ">; rel=\"license\"");
            }
        }
    }

    private static String currentUrl() {
        return ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split("[,;]")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }
}
