package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.core.ConflictException;
import org.haven.core.FieldProblem;
import org.haven.core.InvalidInputException;
import org.haven.funding.FundingInputs.RateInput;
import org.haven.funding.FundingOverview.Quarter;
import org.haven.reference.CurrencyDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/** The funding overview (pipeline chart and table, alerts, gap tables), donors and exchange rates pages. */
@Controller
class FundingPageController {

    private final FundingLedger ledger;
    private final FundingGap gap;
    private final FundingOverview overview;
    private final FundingAccess access;
    private final CurrencyDirectory currencies;
    private final JsonMapper json;

    FundingPageController(FundingLedger ledger, FundingGap gap, FundingOverview overview, FundingAccess access,
            CurrencyDirectory currencies, JsonMapper json) {
        this.ledger = ledger;
        this.gap = gap;
        this.overview = overview;
        this.access = access;
        this.currencies = currencies;
        this.json = json;
    }

    @GetMapping("/funding")
    String overview(Model model) {
        FundingBook book = ledger.book();
        List<Quarter> pipeline = overview.pipeline(book);
        model.addAttribute("currency", book.reportingCurrency());
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("chart", chart(pipeline));
        model.addAttribute("alerts", overview.endingSoon(book));
        model.addAttribute("alertDays", FundingOverview.ALERT_DAYS);
        Map<String, FundingGap.Report> gaps = new LinkedHashMap<>();
        for (FundingGap.By by : FundingGap.By.values()) {
            gaps.put(by.name(), gap.report(book, by));
        }
        model.addAttribute("gaps", gaps);
        model.addAttribute("totals", totals(pipeline));
        model.addAttribute("canWrite", access.canWrite());
        model.addAttribute("scoped", access.ownDonorOnly());
        return "funding/overview";
    }

    /** Pledged, agreed, received and spent over every quarter. */
    private static Quarter totals(List<Quarter> pipeline) {
        BigDecimal[] t = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Quarter q : pipeline) {
            t[0] = t[0].add(q.pledged());
            t[1] = t[1].add(q.agreed());
            t[2] = t[2].add(q.received());
            t[3] = t[3].add(q.spent());
        }
        return new Quarter("", t[0], t[1], t[2], t[3]);
    }

    private String chart(List<Quarter> pipeline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("quarters", pipeline.stream().map(Quarter::quarter).toList());
        data.put("pledged", pipeline.stream().map(Quarter::pledged).toList());
        data.put("agreed", pipeline.stream().map(Quarter::agreed).toList());
        data.put("received", pipeline.stream().map(Quarter::received).toList());
        data.put("spent", pipeline.stream().map(Quarter::spent).toList());
        return json.writeValueAsString(data);
    }

    @GetMapping("/funding/donors")
    String donors(Model model) {
        FundingBook book = ledger.book();
        model.addAttribute("currency", book.reportingCurrency());
        model.addAttribute("donors", overview.donors(book, access.ownDonorOnly()));
        model.addAttribute("agreements", AgreementView.all(book));
        model.addAttribute("canWrite", access.canWrite());
        return "funding/donors";
    }

    /** The rates; with currency and validFrom of an existing rate, the form is filled to change it. */
    @GetMapping("/funding/rates")
    String rates(@RequestParam(required = false) String currency, @RequestParam(required = false) String validFrom,
            Model model) {
        if (currency != null && validFrom != null) {
            for (ExchangeRate r : ledger.rateRows()) {
                if (r.currency().equals(currency) && r.validFrom().toString().equals(validFrom)) {
                    model.addAttribute("version", r.version());
                    return rates(model, new RateInput(r.currency(), validFrom, r.rateToUsd().toPlainString(), r.source()),
                            List.of(), false);
                }
            }
        }
        return rates(model, new RateInput(null, LocalDate.now().withDayOfMonth(1).toString(), null, null), List.of(), false);
    }

    @PostMapping("/funding/rates")
    String saveRate(@RequestParam(required = false) String currency, @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String rateToUsd, @RequestParam(required = false) String source,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        access.requireRates();
        RateInput in = new RateInput(currency, validFrom, rateToUsd, source);
        try {
            ExchangeRate saved = ledger.saveRate(in, version);
            redirect.addFlashAttribute("flash", "funding.flash.rateSaved");
            return "redirect:/funding/rates";
        } catch (InvalidInputException e) {
            model.addAttribute("version", version);
            return rates(model, in, e.problems(), false);
        } catch (ConflictException e) {
            return rates(model, in, List.of(), true);
        }
    }

    private String rates(Model model, RateInput form, List<FieldProblem> problems, boolean conflict) {
        List<ExchangeRate> rows = new ArrayList<>(ledger.rateRows());
        model.addAttribute("rates", rows);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldProblem.byField(problems));
        model.addAttribute("conflict", conflict);
        model.addAttribute("currencies", currencies.all());
        model.addAttribute("canEdit", access.canEditRates());
        model.addAttribute("reportingCurrency", ledger.reportingCurrency());
        return "funding/rates";
    }
}
