package org.haven.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.FrameworkNode;
import org.haven.framework.NodeKind;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerRef;
import org.haven.reference.CurrencyDirectory;
import org.haven.reference.OrgUnit;
import org.haven.reference.OrgUnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the Action Plan's forms and filters offer: framework nodes by kind, implementers, places, currencies. */
@Component
class PlanOptions {

    private final FrameworkCatalog framework;
    private final OrgUnitDirectory orgUnits;
    private final CurrencyDirectory currencies;
    private final PartnerDirectory partners;

    PlanOptions(FrameworkCatalog framework, OrgUnitDirectory orgUnits, CurrencyDirectory currencies,
            PartnerDirectory partners) {
        this.partners = partners;
        this.framework = framework;
        this.orgUnits = orgUnits;
        this.currencies = currencies;
    }

    /** Adds statuses, participation levels, implementers, linkable nodes by kind, regions, countries, currencies. */
    void addTo(Model model, boolean withCurrencies) {
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("participations", ChildParticipation.values());
        model.addAttribute("genderMarkers", List.of(0, 1, 2, 3));
        model.addAttribute("implementers", implementers());
        model.addAttribute("nodesByKind", nodesByKind());
        model.addAttribute("regions", orgUnits.regions());
        model.addAttribute("countries", orgUnits.countries());
        if (withCurrencies) {
            model.addAttribute("currencies", currencies.all());
            model.addAttribute("partners", partners.all());
        }
    }

    /** The registered partners with these codes, by name (unknown codes left out). */
    List<PartnerRef> partners(Iterable<String> codes) {
        List<PartnerRef> refs = new ArrayList<>();
        codes.forEach(c -> partners.find(c).ifPresent(refs::add));
        refs.sort(java.util.Comparator.comparing(PartnerRef::name));
        return refs;
    }

    List<FrameworkNode> implementers() {
        return framework.all().stream().filter(n -> n.kind() == NodeKind.IMPLEMENTER && !n.retired()).toList();
    }

    /** Linkable, not retired nodes grouped by kind in framework order. */
    Map<NodeKind, List<FrameworkNode>> nodesByKind() {
        Map<NodeKind, List<FrameworkNode>> byKind = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            if (ActivityValidator.LINKABLE.contains(kind)) {
                List<FrameworkNode> nodes = framework.byKind(kind);
                if (!nodes.isEmpty()) {
                    byKind.put(kind, nodes);
                }
            }
        }
        return byKind;
    }

    /** The given codes' nodes grouped by kind (unknown codes left out). */
    Map<NodeKind, List<FrameworkNode>> group(Iterable<String> codes) {
        Map<NodeKind, List<FrameworkNode>> byKind = new LinkedHashMap<>();
        List<FrameworkNode> nodes = new ArrayList<>();
        codes.forEach(c -> framework.find(c).ifPresent(nodes::add));
        nodes.sort(java.util.Comparator.comparing((FrameworkNode n) -> n.kind().ordinal()).thenComparingInt(FrameworkNode::sortOrder));
        nodes.forEach(n -> byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n));
        return byKind;
    }

    Optional<FrameworkNode> node(String code) {
        return framework.find(code);
    }

    List<OrgUnit> areas(Iterable<String> codes) {
        List<OrgUnit> out = new ArrayList<>();
        codes.forEach(c -> orgUnits.find(c).ifPresent(out::add));
        return out;
    }

    Optional<OrgUnit> area(String code) {
        return orgUnits.find(code);
    }
}
