package org.haven.exchange.iati;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.funding.FundingFacts;
import org.haven.indicator.IndicatorCatalog.IndicatorSummary;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerDirectory.ActivityPartner;
import org.haven.partner.PartnerRef;
import org.haven.plan.Activity;
import org.haven.plan.ActivityCatalog;
import org.haven.plan.ActivityStatus;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.haven.reference.OrgUnitType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the Action Plan as one IATI 2.03 activity file, elements in the order of the official schema (see the
 * README, "IATI", for the mappings). Transactions come from {@link FundingFacts} when the funding register is there.
 */
@Component
class IatiExport {

    private final ActivityCatalog activities;
    private final PartnerDirectory partners;
    private final OrgUnitDirectory orgUnits;
    private final FrameworkCatalog framework;
    private final IatiResults results;
    private final ObjectProvider<FundingFacts> funding;
    private final IatiSettings settings;

    IatiExport(ActivityCatalog activities, PartnerDirectory partners, OrgUnitDirectory orgUnits,
            FrameworkCatalog framework, IatiResults results, ObjectProvider<FundingFacts> funding,
            IatiSettings settings) {
        this.activities = activities;
        this.partners = partners;
        this.orgUnits = orgUnits;
        this.framework = framework;
        this.results = results;
        this.funding = funding;
        this.settings = settings;
    }

    /** The whole Action Plan as IATI XML (UTF-8). */
    @Transactional(readOnly = true)
    byte[] activitiesXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    /** The identifier an activity gets: reporting organisation identifier, a hyphen, the activity code. */
    String identifier(Activity a) {
        return settings.reportingOrgRef() + "-" + a.code();
    }

    private void write(OutputStream out) {
        List<IndicatorSummary> indicators = results.indicators();
        FundingFacts facts = funding.getIfAvailable();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("iati-activities");
            w.writeAttribute("version", "2.03");
            w.writeAttribute("generated-datetime", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (Activity a : activities.all()) {
                activity(x, a, indicators, facts);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export failed: " + e.getMessage(), e);
        }
    }

    private void activity(Xml x, Activity a, List<IndicatorSummary> indicators, FundingFacts facts)
            throws XMLStreamException {
        String currency = a.budgetCurrency() != null ? a.budgetCurrency()
                : facts != null ? facts.reportingCurrency() : null;
        x.start("iati-activity").attr("xml:lang", "en").attr("default-currency", currency).attr("hierarchy", "1");
        if (a.updatedAt() != null) {
            x.attr("last-updated-datetime", a.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        x.text("iati-identifier", identifier(a));
        x.start("reporting-org").attr("ref", settings.reportingOrgRef()).attr("type", settings.reportingOrgType())
                .narrative(settings.reportingOrgName()).end();
        x.start("title").narrative(a.title()).end();
        x.start("description").attr("type", "1")
                .narrative(a.description() == null || a.description().isBlank() ? a.title() : a.description()).end();
        participants(x, a);
        x.start("activity-status").attr("code", IatiCodes.activityStatus(a.status())).end();
        dates(x, a);
        areas(x, a);
        sectors(x, a);
        if (a.genderMarker() != null) {
            x.start("policy-marker").attr("vocabulary", "1").attr("code", "1")
                    .attr("significance", IatiCodes.genderSignificance(a.genderMarker())).end();
        }
        if (a.budgetAmount() != null && a.startDate() != null && a.endDate() != null) {
            x.start("budget").attr("type", "1").attr("status", "1");
            x.start("period-start").attr("iso-date", a.startDate().toString()).end();
            x.start("period-end").attr("iso-date", a.endDate().toString()).end();
            x.start("value").attr("currency", a.budgetCurrency()).attr("value-date", a.startDate().toString())
                    .chars(a.budgetAmount().toPlainString()).end();
            x.end();
        }
        if (facts != null) {
            transactions(x, facts.transactionsOfActivity(a.code()));
        }
        for (IatiResults.Result r : results.of(a, indicators)) {
            result(x, r);
        }
        x.end();
    }

    /**
     * The lead implementer first: the reporting organisation (implementing) when the lead is its node or a unit
     * below it, else the lead's framework node by name (OSRSG-VAC, multilateral); the reporting organisation as
     * accountable when there is no lead. Then the registered partners with their roles.
     */
    private void participants(Xml x, Activity a) throws XMLStreamException {
        Optional<FrameworkNode> lead = a.leadImplementer() == null ? Optional.empty() : framework.find(a.leadImplementer());
        if (lead.isEmpty()) {
            x.start("participating-org").attr("ref", settings.reportingOrgRef()).attr("type", settings.reportingOrgType())
                    .attr("role", "2").narrative(settings.reportingOrgName()).end();
        } else if (underReportingOrg(lead.get())) {
            x.start("participating-org").attr("ref", settings.reportingOrgRef()).attr("type", settings.reportingOrgType())
                    .attr("role", "4").narrative(settings.reportingOrgName() + " - " + lead.get().title()).end();
        } else {
            x.start("participating-org").attr("type", "40").attr("role", "4").narrative(lead.get().title()).end();
        }
        for (ActivityPartner p : partners.ofActivity(a.code())) {
            PartnerRef ref = p.partner();
            x.start("participating-org").attr("ref", blankToNull(ref.iatiRef()))
                    .attr("type", IatiCodes.organisationType(ref)).attr("role", IatiCodes.role(p.role()))
                    .narrative(ref.name()).end();
        }
    }

    private boolean underReportingOrg(FrameworkNode node) {
        Optional<FrameworkNode> n = Optional.of(node);
        for (int depth = 0; n.isPresent() && depth < 10; depth++) {
            if (n.get().code().equalsIgnoreCase(settings.reportingOrgNode())) {
                return true;
            }
            n = n.get().parentCode() == null ? Optional.empty() : framework.find(n.get().parentCode());
        }
        return false;
    }

    private void dates(Xml x, Activity a) throws XMLStreamException {
        java.time.LocalDate today = java.time.LocalDate.now();
        boolean begun = a.status() != ActivityStatus.PLANNED && a.status() != ActivityStatus.CANCELLED;
        if (a.startDate() != null) {
            boolean actual = begun && !a.startDate().isAfter(today);
            x.start("activity-date").attr("type", actual ? "2" : "1").attr("iso-date", a.startDate().toString()).end();
        }
        if (a.endDate() != null) {
            boolean actual = a.status() == ActivityStatus.COMPLETED && !a.endDate().isAfter(today);
            x.start("activity-date").attr("type", actual ? "4" : "3").attr("iso-date", a.endDate().toString()).end();
        }
    }

    /** Countries (ISO alpha-2) and regions (UN M49, vocabulary 2), percentages shared equally, summing to 100. */
    private void areas(Xml x, Activity a) throws XMLStreamException {
        Map<String, OrgUnit> countries = new LinkedHashMap<>();
        Map<String, OrgUnit> regions = new LinkedHashMap<>();
        for (String code : a.areaCodes()) {
            Optional<OrgUnit> unit = orgUnits.find(code);
            while (unit.isPresent() && unit.get().type() == OrgUnitType.SUBNATIONAL) {
                unit = orgUnits.find(unit.get().parentCode());
            }
            unit.ifPresent(u -> {
                if (u.type() == OrgUnitType.COUNTRY) {
                    orgUnits.iso2(u.code()).ifPresent(iso2 -> countries.put(iso2, u));
                } else if (u.m49() != null) {
                    regions.put(u.m49(), u);
                }
            });
        }
        List<BigDecimal> shares = shares(countries.size() + regions.size());
        int i = 0;
        for (Map.Entry<String, OrgUnit> c : countries.entrySet()) {
            x.start("recipient-country").attr("code", c.getKey()).attr("percentage", shares.get(i++).toPlainString())
                    .narrative(c.getValue().name()).end();
        }
        for (Map.Entry<String, OrgUnit> r : regions.entrySet()) {
            x.start("recipient-region").attr("code", r.getKey()).attr("vocabulary", "2")
                    .attr("percentage", shares.get(i++).toPlainString()).narrative(r.getValue().name()).end();
        }
    }

    private void sectors(Xml x, Activity a) throws XMLStreamException {
        Set<String> codes = new LinkedHashSet<>();
        for (String node : a.nodeCodes()) {
            sectorOf(node).ifPresent(codes::add);
        }
        if (codes.isEmpty()) {
            codes.add(IatiCodes.DEFAULT_SECTOR);
        }
        List<BigDecimal> shares = shares(codes.size());
        int i = 0;
        for (String code : codes) {
            x.start("sector").attr("vocabulary", "1").attr("code", code)
                    .attr("percentage", shares.get(i++).toPlainString()).narrative(IatiCodes.sectorName(code)).end();
        }
    }

    private Optional<String> sectorOf(String nodeCode) {
        String code = nodeCode;
        for (int depth = 0; code != null && depth < 10; depth++) {
            String sector = IatiCodes.SECTORS.get(code);
            if (sector != null) {
                return Optional.of(sector);
            }
            code = framework.find(code).map(FrameworkNode::parentCode).orElse(null);
        }
        return Optional.empty();
    }

    private void transactions(Xml x, List<FundingFacts.Transaction> transactions) throws XMLStreamException {
        for (FundingFacts.Transaction t : transactions) {
            String type = switch (t.kind()) {
                case COMMITMENT -> "11";
                case RECEIPT -> "1";
                case EXPENDITURE -> "4";
            };
            x.start("transaction");
            x.start("transaction-type").attr("code", type).end();
            x.start("transaction-date").attr("iso-date", t.date().toString()).end();
            x.start("value").attr("currency", t.currency()).attr("value-date", t.date().toString())
                    .chars(t.amount().toPlainString()).end();
            if (t.description() != null && !t.description().isBlank()) {
                x.start("description").narrative(t.description()).end();
            }
            Optional<PartnerRef> provider = t.providerCode() == null ? Optional.empty() : partners.find(t.providerCode());
            if (provider.isPresent()) {
                x.start("provider-org").attr("ref", blankToNull(provider.get().iatiRef()))
                        .attr("type", IatiCodes.organisationType(provider.get())).narrative(provider.get().name()).end();
            }
            x.end();
        }
    }

    private void result(Xml x, IatiResults.Result r) throws XMLStreamException {
        IndicatorSummary ind = r.indicator();
        x.start("result").attr("type", "2").attr("aggregation-status", "false");
        x.start("title").narrative(ind.name()).end();
        x.start("indicator").attr("measure", IatiCodes.measure(ind.type()))
                .attr("ascending", String.valueOf(!ind.lowerIsBetter()));
        x.start("title").narrative(ind.name() + (ind.unit() == null || ind.unit().isBlank() ? "" : " (" + ind.unit() + ")")).end();
        x.start("reference").attr("vocabulary", "99").attr("code", ind.code()).end();
        for (IatiResults.Baseline b : r.baselines()) {
            x.start("baseline").attr("year", String.valueOf(b.year())).attr("value", b.value().toPlainString());
            x.start("dimension").attr("name", "org-unit").attr("value", b.area()).end();
            x.end();
        }
        for (IatiResults.Period p : r.periods()) {
            x.start("period");
            x.start("period-start").attr("iso-date", p.year() + "-01-01").end();
            x.start("period-end").attr("iso-date", p.year() + "-12-31").end();
            for (IatiResults.AreaValue t : p.targets()) {
                areaValue(x, "target", t);
            }
            for (IatiResults.AreaValue v : p.actuals()) {
                areaValue(x, "actual", v);
            }
            x.end();
        }
        x.end();
        x.end();
    }

    private static void areaValue(Xml x, String element, IatiResults.AreaValue v) throws XMLStreamException {
        x.start(element).attr("value", v.value().toPlainString());
        x.start("dimension").attr("name", "org-unit").attr("value", v.area()).end();
        x.end();
    }

    /** n equal percentages with two decimals that sum to exactly 100 (the last one takes the rounding). */
    static List<BigDecimal> shares(int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (n == 0) {
            return shares;
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            shares.add(each.stripTrailingZeros());
            sum = sum.add(each);
        }
        shares.add(BigDecimal.valueOf(100).subtract(sum).stripTrailingZeros());
        return shares;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A small fluent layer over StAX that skips null attributes. */
    private static final class Xml {
        private final XMLStreamWriter w;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        Xml start(String name) throws XMLStreamException {
            w.writeStartElement(name);
            return this;
        }

        Xml attr(String name, String value) throws XMLStreamException {
            if (value != null) {
                if (name.startsWith("xml:")) {
                    w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", name.substring(4), value);
                } else {
                    w.writeAttribute(name, value);
                }
            }
            return this;
        }

        Xml chars(String text) throws XMLStreamException {
            w.writeCharacters(text);
            return this;
        }

        Xml narrative(String text) throws XMLStreamException {
            w.writeStartElement("narrative");
            w.writeCharacters(text == null ? "" : text);
            w.writeEndElement();
            return this;
        }

        void text(String name, String text) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        Xml end() throws XMLStreamException {
            w.writeEndElement();
            return this;
        }
    }
}
