package org.haven.exchange.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.core.SafeXml;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an IATI activity file (2.0x) through {@link SafeXml} (no DOCTYPE, so no external entities and no entity
 * expansion) and maps what fits Haven: identifier, title, description, reporting organisation, status, start and end
 * dates (actual before planned), recipient countries (ISO alpha-2 to Haven codes), recipient regions in the UN M49
 * vocabulary, sectors in the DAC vocabularies (1 and 2) and the budget total. Everything else is counted as skipped.
 * A file with an activity that has no identifier or title, a duplicate identifier, an unknown country, region or
 * status code, or an unreadable date or amount is refused as a whole, each problem naming the activity.
 */
@Component
class IatiReader {

    /** A parsed activity and what of it was skipped. */
    record Parsed(ImportedActivity activity, Map<String, Integer> skipped) {
    }

    private static final Set<String> MAPPED = Set.of("iati-identifier", "reporting-org", "title", "description",
            "activity-status", "activity-date", "recipient-country", "recipient-region", "sector", "budget");

    private final OrgUnitDirectory orgUnits;

    IatiReader(OrgUnitDirectory orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** Parses and maps; {@code partnerOfRef} finds the partner code of an IATI organisation identifier. */
    List<Parsed> read(byte[] content, Function<String, Optional<String>> partnerOfRef) {
        Document doc = SafeXml.parse(new ByteArrayInputStream(content));
        Element root = doc.getDocumentElement();
        if (!"iati-activities".equals(root.getLocalName())) {
            throw InvalidInputException.of("file", "not an IATI activity file: the root element is <"
                    + root.getLocalName() + ">, not <iati-activities>");
        }
        String version = root.getAttribute("version");
        if (!version.isBlank() && !version.startsWith("2.")) {
            throw InvalidInputException.of("file", "IATI version " + version + " is not supported (2.01 to 2.03 are)");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Element el : children(root, "iati-activity")) {
            index++;
            Parsed p = activity(el, index, partnerOfRef, problems);
            if (p != null && !seen.add(p.activity().identifier())) {
                problems.add(new FieldProblem(where(index, p.activity().identifier()), "the identifier appears twice in the file"));
            }
            parsed.add(p);
        }
        if (index == 0) {
            problems.add(new FieldProblem("file", "the file holds no <iati-activity>"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 100 ? problems.subList(0, 100) : problems);
        }
        return parsed;
    }

    private Parsed activity(Element el, int index, Function<String, Optional<String>> partnerOfRef,
            List<FieldProblem> problems) {
        String identifier = text(first(el, "iati-identifier"));
        String where = where(index, identifier);
        int before = problems.size();
        if (identifier.isEmpty()) {
            problems.add(new FieldProblem(where + ": iati-identifier", "is missing"));
        } else if (identifier.length() > 200) {
            problems.add(new FieldProblem(where + ": iati-identifier", "is longer than 200 characters"));
        }
        String title = narrative(first(el, "title"));
        if (title.isEmpty()) {
            problems.add(new FieldProblem(where + ": title", "has no narrative"));
        }
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Element child : children(el, null)) {
            if (!MAPPED.contains(child.getLocalName())) {
                skipped.merge(child.getLocalName(), 1, Integer::sum);
            }
        }
        Element reporting = first(el, "reporting-org");
        String reportingRef = reporting == null ? "" : reporting.getAttribute("ref").trim();
        String reportingName = narrative(reporting);
        Optional<String> partner = reportingRef.isEmpty() ? Optional.empty() : partnerOfRef.apply(reportingRef);
        for (Element org : children(el, "participating-org")) {
            String ref = org.getAttribute("ref").trim();
            if (partner.isEmpty() && !ref.isEmpty()) {
                partner = partnerOfRef.apply(ref);
            }
        }
        String status = null;
        Element statusEl = first(el, "activity-status");
        if (statusEl != null) {
            status = statusEl.getAttribute("code").trim();
            if (IatiCodes.havenStatus(status).isEmpty()) {
                problems.add(new FieldProblem(where + ": activity-status", "unknown code '" + status + "'"));
            }
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Element d : children(el, "activity-date")) {
            LocalDate date = date(d.getAttribute("iso-date"), where + ": activity-date", problems);
            if (date != null) {
                dates.putIfAbsent(d.getAttribute("type").trim(), date);
            }
        }
        List<String> countries = countries(el, where, problems);
        List<String> regions = regions(el, where, problems, skipped);
        List<String> sectors = sectors(el, skipped);
        String defaultCurrency = el.getAttribute("default-currency").trim();
        Budget budget = budget(el, defaultCurrency, where, problems, skipped);
        if (problems.size() > before) {
            return null;
        }
        String description = narrative(first(el, "description"));
        ImportedActivity a = new ImportedActivity(identifier, cut(title, 1000), description.isEmpty() ? null : cut(description, 4000),
                reportingRef.isEmpty() ? null : cut(reportingRef, 200), reportingName.isEmpty() ? null : cut(reportingName, 500),
                partner.orElse(null), status, dates.getOrDefault("2", dates.get("1")),
                dates.getOrDefault("4", dates.get("3")), countries, regions, sectors, budget.total(), budget.currency());
        return new Parsed(a, skipped);
    }

    private List<String> countries(Element el, String where, List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element c : children(el, "recipient-country")) {
            String iso2 = c.getAttribute("code").trim().toUpperCase(Locale.ROOT);
            Optional<OrgUnit> unit = orgUnits.findByIso2(iso2);
            if (unit.isEmpty()) {
                problems.add(new FieldProblem(where + ": recipient-country", "unknown ISO 3166-1 alpha-2 code '" + iso2 + "'"));
            } else {
                codes.add(unit.get().code());
            }
        }
        return List.copyOf(codes);
    }

    private List<String> regions(Element el, String where, List<FieldProblem> problems, Map<String, Integer> skipped) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element r : children(el, "recipient-region")) {
            String vocabulary = r.getAttribute("vocabulary").trim();
            if (!"2".equals(vocabulary)) {
                skipped.merge("recipient-region (vocabulary " + (vocabulary.isEmpty() ? "1" : vocabulary) + ")", 1, Integer::sum);
                continue;
            }
            String code = r.getAttribute("code").trim();
            Optional<OrgUnit> unit = orgUnits.find(code).filter(u -> u.type() != OrgUnitType.COUNTRY
                    && u.type() != OrgUnitType.SUBNATIONAL);
            if (unit.isEmpty()) {
                problems.add(new FieldProblem(where + ": recipient-region", "unknown UN M49 region code '" + code + "'"));
            } else {
                codes.add(unit.get().code());
            }
        }
        return List.copyOf(codes);
    }

    private static List<String> sectors(Element el, Map<String, Integer> skipped) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element s : children(el, "sector")) {
            String vocabulary = s.getAttribute("vocabulary").trim();
            String code = s.getAttribute("code").trim();
            if ((vocabulary.isEmpty() || "1".equals(vocabulary) || "2".equals(vocabulary)) && code.matches("\\d{3,5}")) {
                codes.add(code);
            } else {
                skipped.merge("sector (vocabulary " + vocabulary + ")", 1, Integer::sum);
            }
        }
        return List.copyOf(codes);
    }

    private record Budget(BigDecimal total, String currency) {
    }

    /**
     * The sum of the budgets in the first currency met; per period a revised budget (type 2) replaces the original.
     * Budgets in another currency are skipped (Haven does not convert them here).
     */
    private static Budget budget(Element el, String defaultCurrency, String where, List<FieldProblem> problems,
            Map<String, Integer> skipped) {
        Map<String, BigDecimal[]> byPeriod = new LinkedHashMap<>();
        String currency = null;
        for (Element b : children(el, "budget")) {
            Element value = first(b, "value");
            String period = attr(first(b, "period-start"), "iso-date") + "/" + attr(first(b, "period-end"), "iso-date");
            String c = value == null ? "" : value.getAttribute("currency").trim();
            c = c.isEmpty() ? defaultCurrency : c.toUpperCase(Locale.ROOT);
            if (value == null || c.isEmpty()) {
                skipped.merge("budget (no value or currency)", 1, Integer::sum);
                continue;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(text(value));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(where + ": budget", "value '" + text(value) + "' is not a number"));
                continue;
            }
            if (currency == null) {
                currency = c;
            } else if (!currency.equals(c)) {
                skipped.merge("budget (currency " + c + ")", 1, Integer::sum);
                continue;
            }
            int slot = "2".equals(b.getAttribute("type").trim()) ? 1 : 0;
            byPeriod.computeIfAbsent(period, k -> new BigDecimal[2])[slot] = amount;
        }
        if (currency == null) {
            return new Budget(null, null);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal[] pair : byPeriod.values()) {
            total = total.add(pair[1] != null ? pair[1] : pair[0]);
        }
        return new Budget(total, currency.length() > 3 ? currency.substring(0, 3) : currency);
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String where(int index, String identifier) {
        return "activity " + index + (identifier == null || identifier.isEmpty() ? "" : " (" + identifier + ")");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first narrative in English or without a language, else the first one. */
    private static String narrative(Element el) {
        if (el == null) {
            return "";
        }
        List<Element> narratives = children(el, "narrative");
        for (Element n : narratives) {
            String lang = n.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
            if (lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en")) {
                return text(n);
            }
        }
        return narratives.isEmpty() ? "" : text(narratives.get(0));
    }

    private static String text(Element el) {
        return el == null ? "" : el.getTextContent().trim();
    }

    private static String attr(Element el, String name) {
        return el == null ? "" : el.getAttribute(name).trim();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
