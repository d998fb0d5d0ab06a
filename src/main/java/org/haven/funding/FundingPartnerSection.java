package org.haven.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.haven.partner.PartnerPageContributor;
import org.springframework.stereotype.Component;

/**
 * The "Funding agreements" section of a partner's page: the agreements the partner signed as donor, newest first,
 * each linking to its page. A partner-scoped user sees it only on their own partner's page.
 */
@Component
class FundingPartnerSection implements PartnerPageContributor {

    private final JdbcFundingFacts facts;
    private final FundingAccess access;

    FundingPartnerSection(JdbcFundingFacts facts, FundingAccess access) {
        this.facts = facts;
        this.access = access;
    }

    @Override
    public String titleKey() {
        return "funding.partner.section";
    }

    @Override
    public List<PartnerPageItem> items(String partnerCode) {
        if (partnerCode == null || !access.canRead(partnerCode)) {
            return List.of();
        }
        String currency = facts.reportingCurrency();
        return facts.agreements().stream().filter(a -> a.donorCode().equalsIgnoreCase(partnerCode))
                .map(a -> new PartnerPageItem(a.reference() + " · " + a.title(),
                        money(a.amount()) + " " + a.currency() + ", " + a.startDate() + " to " + a.endDate()
                                + "; received " + money(a.received()) + " " + currency,
                        "/funding/agreements/" + a.id()))
                .toList();
    }

    @Override
    public int order() {
        return 20;
    }

    private static String money(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_EVEN));
    }
}
